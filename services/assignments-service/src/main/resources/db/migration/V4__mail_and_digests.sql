-- Mails waiting to be sent (reminders, escalations, weekly digests), written in the transaction that decided them.
create table mail_out (
    seq             bigserial   primary key,
    tenant_id       text        not null,
    recipient       text        not null,
    address         text        not null,
    subject         text        not null,
    body            text        not null,
    created_at      timestamptz not null default now(),
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_error      text,
    sent_at         timestamptz
);
create index mail_out_pending on mail_out (next_attempt_at) where sent_at is null;

-- One digest per person and week: the first replica to insert the row sends it.
create table weekly_digest (
    tenant_id text not null,
    username  text not null,
    week_of   date not null,
    sent_at   timestamptz not null default now(),
    primary key (tenant_id, username, week_of)
);

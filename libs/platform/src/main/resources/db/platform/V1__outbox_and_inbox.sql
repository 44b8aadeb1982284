-- Events waiting to be published; the relay deletes a row once Kafka has acknowledged it.
create table outbox_event (
    seq         bigserial primary key,
    id          uuid        not null unique,
    topic       text        not null,
    message_key text        not null,
    type        text        not null,
    source      text        not null,
    subject     text        not null,
    tenant_id   text        not null,
    occurred_at timestamptz not null,
    data        text        not null
);

-- Events each consumer has applied; written in the transaction of the change, so redeliveries change nothing.
create table inbox_event (
    consumer     text        not null,
    event_id     uuid        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);

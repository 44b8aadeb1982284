-- Assignment letters (oppdragsbrev): one per sending unit, receiving unit and plan year, with every revision kept.
-- A revision is a draft until it is sent; sent revisions are never changed again (a change starts the next revision).
create table assignment_letter (
    tenant_id    text        not null,
    id           uuid        not null,
    year         int         not null,
    from_unit_id uuid        not null,
    to_unit_id   uuid        not null,
    version      bigint      not null,
    created_at   timestamptz not null default now(),
    primary key (tenant_id, id),
    constraint assignment_letter_one_per_year unique (tenant_id, year, from_unit_id, to_unit_id),
    foreign key (tenant_id, year) references plan_year (tenant_id, year),
    foreign key (tenant_id, from_unit_id) references org_unit (tenant_id, id),
    foreign key (tenant_id, to_unit_id) references org_unit (tenant_id, id),
    check (from_unit_id <> to_unit_id)
);
-- "The letters addressed to these units this year" is how every list is read.
create index assignment_letter_to on assignment_letter (tenant_id, year, to_unit_id);

create table assignment_letter_revision (
    tenant_id        text          not null,
    letter_id        uuid          not null,
    revision         int           not null check (revision >= 1),
    state            text          not null check (state in ('DRAFT', 'SENT', 'ACKNOWLEDGED')),
    title            text          not null check (length(title) between 1 and 200),
    guidance         text,
    focus_areas      text,
    frames           text,
    budget_frame     numeric(15, 2) check (budget_frame >= 0),
    routines         text,
    internal_control text,
    goal_ids         uuid[]        not null default '{}',
    changed_at       timestamptz   not null,
    changed_by       text          not null,
    sent_at          timestamptz,
    sent_by          text,
    acknowledged_at  timestamptz,
    acknowledged_by  text,
    primary key (tenant_id, letter_id, revision),
    foreign key (tenant_id, letter_id) references assignment_letter (tenant_id, id),
    check ((state = 'DRAFT') = (sent_at is null)),
    check ((state = 'ACKNOWLEDGED') = (acknowledged_at is not null))
);
create unique index assignment_letter_one_draft on assignment_letter_revision (tenant_id, letter_id) where state = 'DRAFT';

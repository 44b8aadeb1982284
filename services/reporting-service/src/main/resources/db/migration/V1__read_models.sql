-- Read models built from every context's events (ADR 0023). Each row keeps the version (or time) of the event it
-- was built from; an older or repeated event never overwrites a newer one, so a rebuild from the topics ends the same.

-- Assignments, delegations and tasks as their latest events describe them.
create table work_item (
    tenant_id         text        not null,
    id                uuid        not null,
    kind              text        not null,
    assignment_id     uuid        not null,
    unit_id           uuid        not null,
    title             text,
    responsible       text,
    deadline          date        not null,
    status            text        not null,
    light             text        not null,
    overdue_since     date,
    include_in_report boolean     not null default false,
    status_note       text,
    changed_at        timestamptz not null,
    version           bigint      not null,
    primary key (tenant_id, id)
);
create index work_item_by_unit on work_item (tenant_id, unit_id, kind);
create index work_item_by_assignment on work_item (tenant_id, assignment_id);

-- The status overview's counters: per unit, month of the deadline, kind of item and measure (a status or OVERDUE),
-- the unit's own items and those of its whole subtree. Month 0 holds the year's total, so a year is one row per
-- measure; a month or tertial is the sum of its months.
create table status_count (
    tenant_id text   not null,
    unit_id   uuid   not null,
    year      int    not null,
    month     int    not null,
    kind      text   not null,
    measure   text   not null,
    own       bigint not null default 0,
    subtree   bigint not null default 0,
    primary key (tenant_id, unit_id, year, month, kind, measure)
);

-- Goals with their measure indicators (as JSON: name, target, direction, yellow limit, indicator key).
create table goal (
    tenant_id     text   not null,
    id            uuid   not null,
    parent_id     uuid,
    owner_unit_id uuid   not null,
    title         text   not null,
    description   text,
    source_kind   text,
    source_name   text,
    from_year     int    not null,
    to_year       int    not null,
    indicators    jsonb  not null,
    version       bigint not null,
    primary key (tenant_id, id)
);

-- Which goals apply to a unit in a plan year.
create table unit_goals (
    tenant_id text   not null,
    unit_id   uuid   not null,
    year      int    not null,
    goal_ids  uuid[] not null,
    version   bigint not null,
    primary key (tenant_id, unit_id, year)
);

-- Indicator definitions and the latest value of each indicator, unit and period.
create table indicator (
    tenant_id       text   not null,
    id              uuid   not null,
    key             text   not null,
    name            text   not null,
    unit_of_measure text   not null,
    aggregation     text   not null,
    periodicity     text   not null,
    service_area    text,
    version         bigint not null,
    primary key (tenant_id, id)
);
create unique index indicator_by_key on indicator (tenant_id, key);

create table indicator_value (
    tenant_id    text           not null,
    indicator_id uuid           not null,
    unit_id      uuid           not null,
    period       text           not null,
    value        numeric(20, 4) not null,
    recorded_at  timestamptz    not null,
    primary key (tenant_id, indicator_id, unit_id, period)
);

-- The latest sent revision of each assignment letter, and each agreed leader agreement (for the documents).
create table letter (
    tenant_id    text        not null,
    id           uuid        not null,
    revision     int         not null,
    year         int         not null,
    from_unit_id uuid        not null,
    to_unit_id   uuid        not null,
    title        text        not null,
    sections     jsonb       not null,
    sent_at      timestamptz not null,
    sent_by      text        not null,
    version      bigint      not null,
    primary key (tenant_id, id)
);
create index letter_by_recipient on letter (tenant_id, to_unit_id, year);

create table leader_agreement (
    tenant_id         text        not null,
    id                uuid        not null,
    revision          int         not null,
    year              int         not null,
    unit_id           uuid        not null,
    leader_username   text        not null,
    superior_username text        not null,
    sections          jsonb       not null,
    agreed_at         timestamptz not null,
    version           bigint      not null,
    primary key (tenant_id, id)
);
create index leader_agreement_by_unit on leader_agreement (tenant_id, unit_id, year);

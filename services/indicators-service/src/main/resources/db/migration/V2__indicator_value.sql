-- Every value ever accepted, from fagsystemer and from people, in the order it was stored (seq). The key is the source's own event id, so the same
-- value delivered again changes nothing (insert ... on conflict do nothing). A correction marks the value it
-- replaces as no longer current and names it; nothing is deleted, so the history of a cell is its rows.
create table indicator_value (
    seq             bigint      generated always as identity,
    tenant_id       text        not null,
    source_system   text        not null,
    source_event_id text        not null,
    indicator_id    uuid        not null,
    unit_id         uuid        not null,
    period          text        not null,
    period_start    date        not null,
    value           numeric     not null,
    corrects        text,
    current         boolean     not null,
    replaced_by     text,
    recorded_by     text,
    recorded_at     timestamptz not null default now(),
    primary key (tenant_id, source_system, source_event_id)
);
-- One current value per indicator, unit and period: a second one must say which value it corrects.
create unique index indicator_value_current on indicator_value (tenant_id, indicator_id, unit_id, period) where current;
-- The current values of a unit over a range of periods, for aggregation and reads.
create index indicator_value_by_unit on indicator_value (tenant_id, indicator_id, unit_id, period_start)
    include (value) where current;

-- Aggregates per indicator, unit and period (month, tertial, year): of the unit's own values (UNIT) and of the unit
-- with everything below it in the org tree (SUBTREE). value is what reports read, by the indicator's aggregation;
-- value_sum, value_count and last_start/last_value are kept so that each new value updates it without reading the
-- others (a subtree's value_sum adds up the units' latest values for LAST). value_count is how many values it covers.
create table indicator_aggregate (
    tenant_id    text        not null,
    indicator_id uuid        not null,
    unit_id      uuid        not null,
    period       text        not null,
    scope        text        not null check (scope in ('UNIT', 'SUBTREE')),
    aggregation  text        not null check (aggregation in ('SUM', 'AVERAGE', 'LAST')),
    value        numeric     not null,
    value_sum    numeric     not null,
    value_count  int         not null,
    last_start   date,
    last_value   numeric,
    updated_at   timestamptz not null default now(),
    primary key (tenant_id, indicator_id, unit_id, period, scope)
) with (fillfactor = 80); -- room on each page, so that updating a row rarely touches the index

-- CSV uploads of values: progress while they run, and each refused row with its reason.
create table value_import (
    tenant_id   text        not null,
    id          uuid        not null,
    created_by  text        not null,
    file_name   text,
    state       text        not null check (state in ('RUNNING', 'DONE', 'FAILED')),
    rows_total  int         not null,
    rows_done   int         not null default 0,
    stored      int         not null default 0,
    unchanged   int         not null default 0,
    refused     int         not null default 0,
    created_at  timestamptz not null default now(),
    finished_at timestamptz,
    primary key (tenant_id, id)
);
create table value_import_problem (
    tenant_id  text not null,
    import_id  uuid not null,
    row_number int  not null,
    code       text not null,
    message    text not null,
    primary key (tenant_id, import_id, row_number),
    foreign key (tenant_id, import_id) references value_import (tenant_id, id) on delete cascade
);

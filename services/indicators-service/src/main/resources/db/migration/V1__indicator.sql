-- Indicator definitions of every municipality. The key is how fagsystemer name an indicator; it never changes,
-- nor do periodicity and aggregation once defined (stored values and aggregates depend on them).
create table indicator (
    tenant_id       text        not null,
    id              uuid        not null,
    key             text        not null check (key ~ '^[a-z0-9][a-z0-9-]{0,99}$'),
    name_nb         text        not null check (length(name_nb) between 1 and 200),
    name_nn         text        not null check (length(name_nn) between 1 and 200),
    name_en         text        not null check (length(name_en) between 1 and 200),
    unit_of_measure text        not null check (length(unit_of_measure) between 1 and 30),
    aggregation     text        not null check (aggregation in ('SUM', 'AVERAGE', 'LAST')),
    periodicity     text        not null check (periodicity in ('MONTH', 'TERTIAL', 'YEAR')),
    service_area    text        not null check (length(service_area) between 1 and 50),
    min_value       numeric,
    max_value       numeric,
    source          text        not null check (source ~ '^(MANUAL|[a-z0-9][a-z0-9-]{0,49})$'),
    roll_up         boolean     not null,
    version         bigint      not null,
    created_at      timestamptz not null default now(),
    changed_at      timestamptz not null default now(),
    primary key (tenant_id, id),
    unique (tenant_id, key),
    check (min_value is null or max_value is null or min_value <= max_value)
);

-- The org units an indicator is measured for (units of the org-tree replica; not a foreign key, since the replica
-- follows plans-service's events and may briefly lag behind).
create table indicator_unit (
    tenant_id    text not null,
    indicator_id uuid not null,
    unit_id      uuid not null,
    primary key (tenant_id, indicator_id, unit_id),
    foreign key (tenant_id, indicator_id) references indicator (tenant_id, id) on delete cascade
);

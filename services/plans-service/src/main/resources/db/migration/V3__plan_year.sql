-- A municipality's budget years: planning -> active -> closed (read-only).
create table plan_year (
    tenant_id  text        not null,
    year       int         not null check (year between 2000 and 2100),
    state      text        not null check (state in ('PLANNING', 'ACTIVE', 'CLOSED')),
    version    bigint      not null,
    changed_at timestamptz not null default now(),
    primary key (tenant_id, year)
);

-- Goals of every municipality: a hierarchy (parent_id) from the kommuneplan down to unit goals, each with its source,
-- the plan years it covers and the unit whose leader owns it. Edits are optimistic: version must match.
create table goal (
    tenant_id        text        not null,
    id               uuid        not null,
    parent_id        uuid,
    owner_unit_id    uuid        not null,
    title            text        not null check (length(title) between 1 and 300),
    description      text        check (length(description) <= 4000),
    source_kind      text        not null check (source_kind in ('KOMMUNEPLAN', 'TEMAPLAN', 'HOP', 'POLITICAL_DECISION')),
    source_name      text        not null check (length(source_name) between 1 and 200),
    source_case_no   text        check (length(source_case_no) <= 50),
    source_date      date,
    from_year        int         not null check (from_year between 2000 and 2100),
    to_year          int         not null check (to_year between 2000 and 2100),
    version          bigint      not null,
    created_at       timestamptz not null default now(),
    changed_at       timestamptz not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, parent_id) references goal (tenant_id, id),
    foreign key (tenant_id, owner_unit_id) references org_unit (tenant_id, id),
    check (from_year <= to_year),
    check (parent_id <> id)
);
create index goal_parent on goal (tenant_id, parent_id);
create index goal_owner on goal (tenant_id, owner_unit_id);

-- A goal's measure indicators (måleindikatorer), in the order they were written. An edit updates those that stay
-- (in place, so their ids can be referred to), adds new ones and removes the rest.
create table measure_indicator (
    tenant_id       text    not null,
    id              uuid    not null,
    goal_id         uuid    not null,
    position        int     not null,
    name            text    not null check (length(name) between 1 and 200),
    unit_of_measure text    not null check (length(unit_of_measure) between 1 and 30),
    target_value    numeric not null,
    direction       text    not null check (direction in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    yellow_limit    numeric,
    indicator_key   text    check (length(indicator_key) <= 100),
    primary key (tenant_id, id),
    foreign key (tenant_id, goal_id) references goal (tenant_id, id) on delete cascade
);
create index measure_indicator_goal on measure_indicator (tenant_id, goal_id);

-- Which goals apply to a unit in a plan year, as ticked by a superior. One row per unit and year carries the
-- version (so a whole-set edit based on an old view is refused) and is the row that serialises changes to the set.
create table unit_goal_set (
    tenant_id  text        not null,
    unit_id    uuid        not null,
    year       int         not null,
    version    bigint      not null,
    changed_at timestamptz not null default now(),
    primary key (tenant_id, unit_id, year),
    foreign key (tenant_id, unit_id) references org_unit (tenant_id, id),
    foreign key (tenant_id, year) references plan_year (tenant_id, year)
);

create table unit_goal (
    tenant_id text not null,
    unit_id   uuid not null,
    year      int  not null,
    goal_id   uuid not null,
    primary key (tenant_id, unit_id, year, goal_id),
    foreign key (tenant_id, unit_id, year) references unit_goal_set (tenant_id, unit_id, year) on delete cascade,
    foreign key (tenant_id, goal_id) references goal (tenant_id, id)
);
create index unit_goal_by_goal on unit_goal (tenant_id, goal_id);

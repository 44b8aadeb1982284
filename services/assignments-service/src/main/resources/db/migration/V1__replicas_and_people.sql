-- What this service keeps of plans-service's settings: per municipality its reminder rules and assignment types
-- (a municipality without a row has the defaults), and the state of each plan year (deadlines in a closed year
-- are refused).
create table settings_replica (
    tenant_id           text   primary key,
    language            text   not null,
    days_before_long    int    not null,
    days_before_short   int    not null,
    weekly_digest       boolean not null,
    escalate_after_days int    not null,
    version             bigint not null
);

create table assignment_type_replica (
    tenant_id text    not null,
    code      text    not null,
    position  int     not null,
    name_nb   text    not null,
    name_nn   text    not null,
    name_en   text    not null,
    active    boolean not null,
    primary key (tenant_id, code)
);

create table plan_year_replica (
    tenant_id text   not null,
    year      int    not null,
    state     text   not null,
    version   bigint not null,
    primary key (tenant_id, year)
);

-- The people who can be made responsible: learnt from their tokens when they use the service, or registered by a
-- leader of their unit. Usernames are Keycloak's (lower case). left_on: the person has left the municipality.
create table person (
    tenant_id  text        not null,
    username   text        not null,
    name       text,
    email      text,
    unit_id    uuid        not null,
    left_on    date,
    changed_at timestamptz not null default now(),
    primary key (tenant_id, username)
);
create index person_unit on person (tenant_id, unit_id);

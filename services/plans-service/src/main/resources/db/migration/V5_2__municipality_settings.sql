-- Each municipality's settings. No row: the municipality uses the defaults (version 0).
create table municipality_settings (
    tenant_id                   text        primary key,
    language                    text        not null check (language in ('nb', 'nn', 'en')),
    days_before_long_periods    int         not null check (days_before_long_periods between 1 and 90),
    days_before_short_periods   int         not null check (days_before_short_periods between 1 and 30),
    weekly_digest               boolean     not null,
    escalate_after_days_overdue int         not null check (escalate_after_days_overdue between 1 and 90),
    version                     bigint      not null check (version >= 1),
    changed_at                  timestamptz not null default now(),
    changed_by                  text        not null,
    check (days_before_short_periods <= days_before_long_periods)
);

-- The municipality's names for levels, roles and concepts, by concept key (level.unit, role.kommunedirektor, ...).
create table municipality_term (
    tenant_id text not null references municipality_settings (tenant_id),
    concept   text not null check (length(concept) between 1 and 100),
    nb        text not null check (length(nb) between 1 and 100),
    nn        text not null check (length(nn) between 1 and 100),
    en        text not null check (length(en) between 1 and 100),
    primary key (tenant_id, concept)
);

-- Assignment types. Assignments in assignments-service carry the code, so rows are only ever added or changed,
-- never deleted: a type no longer in use is inactive.
create table assignment_type (
    tenant_id text    not null references municipality_settings (tenant_id),
    code      text    not null check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    position  int     not null,
    nb        text    not null check (length(nb) between 1 and 100),
    nn        text    not null check (length(nn) between 1 and 100),
    en        text    not null check (length(en) between 1 and 100),
    active    boolean not null,
    primary key (tenant_id, code)
);

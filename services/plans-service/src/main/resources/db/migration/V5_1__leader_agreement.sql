-- Leader agreements (lederavtaler): one per leader, unit and plan year, agreed by the leader and their superior.
-- Every revision is kept; an agreed revision is never changed again (a change starts the next revision).
create table leader_agreement (
    tenant_id         text        not null,
    id                uuid        not null,
    year              int         not null,
    unit_id           uuid        not null,
    leader_username   text        not null,
    superior_username text        not null,
    version           bigint      not null,
    created_at        timestamptz not null default now(),
    primary key (tenant_id, id),
    constraint leader_agreement_one_per_year unique (tenant_id, year, unit_id, leader_username),
    foreign key (tenant_id, year) references plan_year (tenant_id, year),
    foreign key (tenant_id, unit_id) references org_unit (tenant_id, id),
    check (leader_username <> superior_username)
);
-- Lists are read by unit (the leader's part of the tree) or by party.
create index leader_agreement_leader on leader_agreement (tenant_id, year, leader_username);
create index leader_agreement_superior on leader_agreement (tenant_id, year, superior_username);

create table leader_agreement_revision (
    tenant_id                text        not null,
    agreement_id             uuid        not null,
    revision                 int         not null check (revision >= 1),
    state                    text        not null check (state in ('DRAFT', 'AGREED')),
    goals_and_priorities     text,
    development              text,
    expectations             text,
    changed_at               timestamptz not null,
    changed_by               text        not null,
    leader_acknowledged_at   timestamptz,
    leader_acknowledged_by   text,
    superior_acknowledged_at timestamptz,
    superior_acknowledged_by text,
    primary key (tenant_id, agreement_id, revision),
    foreign key (tenant_id, agreement_id) references leader_agreement (tenant_id, id),
    check ((state = 'AGREED') = (leader_acknowledged_at is not null and superior_acknowledged_at is not null))
);
create unique index leader_agreement_one_draft on leader_agreement_revision (tenant_id, agreement_id) where state = 'DRAFT';

-- Each service's copy of the org tree (owned by plans-service), for access checks and roll-ups.
-- path is the ids from the top of the tree down to the unit, '/'-separated and '/'-terminated,
-- so "this unit and everything below" is one prefix query on an index.
create table org_unit_replica (
    tenant_id     text   not null,
    unit_id       uuid   not null,
    parent_id     uuid,
    name          text   not null,
    external_code text,
    level_name    text,
    path          text   not null,
    version       bigint not null,
    primary key (tenant_id, unit_id)
);
create index org_unit_replica_path on org_unit_replica (tenant_id, path text_pattern_ops);
create index org_unit_replica_code on org_unit_replica (tenant_id, external_code);

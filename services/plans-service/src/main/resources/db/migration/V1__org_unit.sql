-- The org tree of every municipality. path = the ids from the top down to the unit, '/'-separated and
-- '/'-terminated; text_pattern_ops makes "path like '<prefix>%'" (a whole subtree) an index range scan.
create table org_unit (
    tenant_id     text        not null,
    id            uuid        not null,
    parent_id     uuid,
    path          text        not null,
    name          text        not null check (length(name) between 1 and 200),
    external_code text,
    level_name    text,
    version       bigint      not null,
    created_at    timestamptz not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, parent_id) references org_unit (tenant_id, id)
);
create index org_unit_path on org_unit (tenant_id, path text_pattern_ops);
create unique index org_unit_external_code on org_unit (tenant_id, external_code) where external_code is not null;
create unique index org_unit_one_top on org_unit (tenant_id) where parent_id is null;

-- The status overview's counters (ARCHITECTURE.md, "hot paths"): per unit, deadline year, kind of item and measure
-- (a status, OVERDUE or OWNERLESS), the unit's own items and those of its whole subtree. Kept by adding each change's
-- delta in the change's transaction; the top of the tree is one row per measure plus its children's rows.
create table status_count (
    tenant_id text   not null,
    unit_id   uuid   not null,
    year      int    not null,
    kind      text   not null,
    measure   text   not null,
    own       bigint not null default 0,
    subtree   bigint not null default 0,
    primary key (tenant_id, unit_id, year, kind, measure)
);

-- The overdue and ownerless items of a subtree, listed on the overview: found unit by unit along the subtree, so a
-- unit without such items costs one index probe.
create index work_item_overdue on work_item (tenant_id, unit_id, deadline)
    where overdue_since is not null and status in ('NOT_STARTED', 'IN_PROGRESS', 'DELAYED');
create index work_item_ownerless on work_item (tenant_id, unit_id, deadline)
    where (responsible is null or responsible_left) and status in ('NOT_STARTED', 'IN_PROGRESS', 'DELAYED');

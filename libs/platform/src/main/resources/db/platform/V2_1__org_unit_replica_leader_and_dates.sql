-- The replica follows updates, moves and closes too: it keeps the leader, the unit's first day and the day it
-- closes, and finds a unit's children by parent to recompute their paths when an ancestor moves.
alter table org_unit_replica
    add column leader_username text,
    add column valid_from      date,
    add column closed_from     date;
create index org_unit_replica_parent on org_unit_replica (tenant_id, parent_id);

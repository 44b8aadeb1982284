-- Org units keep their history: each period says where a unit sat in the tree (parent, path) and what it was
-- (name, code, level, leader) from valid_from until valid_to (exclusive; null while it lasts), so units can move
-- or close between years while earlier years keep the structure they had. A unit's periods follow each other
-- without gaps; the last one ends on the day the unit closes.
--
-- org_unit keeps what belongs to the unit as a whole: its version (every change names the version it was based
-- on), the one-top rule, and a copy of its latest period.
alter table org_unit
    add column leader_username text,
    add column closed_from     date;

create table org_unit_period (
    tenant_id       text not null,
    unit_id         uuid not null,
    valid_from      date not null,
    valid_to        date,
    parent_id       uuid,
    path            text not null,
    name            text not null check (length(name) between 1 and 200),
    external_code   text,
    level_name      text,
    leader_username text,
    primary key (tenant_id, unit_id, valid_from),
    foreign key (tenant_id, unit_id) references org_unit (tenant_id, id),
    foreign key (tenant_id, parent_id) references org_unit (tenant_id, id),
    check (valid_to is null or valid_to > valid_from)
);
-- "This unit and everything below it" on a day is one range scan of the path prefix, filtered by the day.
create index org_unit_period_path on org_unit_period (tenant_id, path text_pattern_ops);
create index org_unit_period_parent on org_unit_period (tenant_id, parent_id);
create index org_unit_period_code on org_unit_period (tenant_id, external_code) where external_code is not null;

-- Units created before history was kept exist from the day they were created.
insert into org_unit_period (tenant_id, unit_id, valid_from, parent_id, path, name, external_code, level_name)
select tenant_id, id, (created_at at time zone 'Europe/Oslo')::date, parent_id, path, name, external_code, level_name
from org_unit;

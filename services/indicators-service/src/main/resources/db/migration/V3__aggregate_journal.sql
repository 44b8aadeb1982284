-- What stored values change in the aggregates, appended by each batch in its own transaction (one row per changed
-- cell) and folded into indicator_aggregate by one aggregator at a time, which removes the rows it folded (ADR 0025).
-- No index: batches only append, and the aggregator takes whatever rows are there (a hash join on seq).
create table indicator_aggregate_delta (
    seq          bigint      generated always as identity,
    tenant_id    text        not null,
    indicator_id uuid        not null,
    aggregation  text        not null check (aggregation in ('SUM', 'AVERAGE', 'LAST')),
    roll_up      boolean     not null,
    unit_id      uuid        not null,
    period       text        not null,
    value        numeric     not null,
    previous     numeric
);

-- A unit's subtree aggregate is now its own aggregate combined with the aggregate of what is below it (scope BELOW:
-- the subtree without the unit), so the many units with nothing below them need no subtree rows. value_sum and
-- value_count of a BELOW row add up the values below (for LAST: the latest values of the units below); value repeats
-- value_sum. Existing subtree rows become BELOW rows by taking the unit's own part out.
alter table indicator_aggregate drop constraint indicator_aggregate_scope_check;
update indicator_aggregate s
set scope = 'BELOW',
    value_sum = s.value_sum - coalesce((select case when o.aggregation = 'LAST' then coalesce(o.last_value, 0) else o.value_sum end
                                        from indicator_aggregate o
                                        where o.tenant_id = s.tenant_id and o.indicator_id = s.indicator_id and o.unit_id = s.unit_id
                                          and o.period = s.period and o.scope = 'UNIT'), 0),
    value_count = s.value_count - coalesce((select o.value_count from indicator_aggregate o
                                            where o.tenant_id = s.tenant_id and o.indicator_id = s.indicator_id
                                              and o.unit_id = s.unit_id and o.period = s.period and o.scope = 'UNIT'), 0)
where s.scope = 'SUBTREE';
update indicator_aggregate set value = value_sum where scope = 'BELOW';
delete from indicator_aggregate where scope = 'BELOW' and value_count = 0;
alter table indicator_aggregate add constraint indicator_aggregate_scope_check check (scope in ('UNIT', 'BELOW'));

-- A value is its unit's own aggregate of its own period: no row is kept for it any longer.
delete from indicator_aggregate a
using indicator i
where i.tenant_id = a.tenant_id and i.id = a.indicator_id and a.scope = 'UNIT'
  and case i.periodicity
          when 'MONTH' then a.period ~ '^[0-9]{4}-[0-9]{2}$'
          when 'TERTIAL' then a.period ~ '^[0-9]{4}-T[1-3]$'
          else a.period ~ '^[0-9]{4}$'
      end;

-- The current values of a unit are read through indicator_value_current (tenant, indicator, unit, period): one index
-- less to keep up on every insert.
drop index indicator_value_by_unit;

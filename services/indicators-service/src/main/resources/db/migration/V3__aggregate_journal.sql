-- What stored values change in the aggregates, appended by each batch in its own transaction (one row per changed
-- cell) and folded into indicator_aggregate by one aggregator at a time, which removes the rows it folded (ADR 0025).
-- No index: batches only append, and the aggregator takes whole rows by their physical address.
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

-- A version per municipality of everything the status overview is built from (ADR 0031). Every transaction that
-- changes a read model or a report raises it once, at commit, in the same transaction as the change; a cached overview
-- is served only while the version it was built at is still the current one, whichever replica made the change.
create table data_version (
    tenant_id text   primary key,
    version   bigint not null
);

-- Raises the municipality's version once per transaction: later calls in the same transaction find the municipality
-- in a transaction-local setting and return. The org-tree replica's table belongs to the platform (created after
-- these migrations), so the org projection calls this function itself.
create function bump_data_version_of(tenant text) returns void language plpgsql as $$
declare
    done text := coalesce(current_setting('reporting.data_version_bumped', true), '');
begin
    if position(E'\n' || tenant || E'\n' in done) > 0 then
        return;
    end if;
    insert into data_version (tenant_id, version) values (tenant, 1)
    on conflict (tenant_id) do update set version = data_version.version + 1;
    perform set_config('reporting.data_version_bumped', done || E'\n' || tenant || E'\n', true);
end $$;

create function bump_data_version() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform bump_data_version_of(old.tenant_id);
    else
        perform bump_data_version_of(new.tenant_id);
    end if;
    return null;
end $$;

-- Deferred to the commit, so the version's row is locked only for the commit's moment and consumers of different
-- topics of one municipality do not wait for each other's whole transactions.
do $$
declare
    t text;
begin
    foreach t in array array['status_count', 'goal', 'unit_goals', 'indicator', 'indicator_value', 'report',
            'checklist_template', 'checklist_distribution', 'checklist_response', 'deviation'] loop
        execute format('create constraint trigger %I after insert or update or delete on %I '
                || 'deferrable initially deferred for each row execute function bump_data_version()',
                t || '_bumps_data_version', t);
    end loop;
end $$;

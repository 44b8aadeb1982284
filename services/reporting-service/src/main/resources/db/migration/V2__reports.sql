-- Reports per unit and period (ADR 0023): draft → submitted → approved (locked) or returned → draft again.
create table report (
    tenant_id      text        not null,
    id             uuid        not null primary key,
    unit_id        uuid        not null,
    period         text        not null,
    status         text        not null,
    overall_text   text,
    return_comment text,
    created_by     text        not null,
    created_at     timestamptz not null,
    submitted_by   text,
    submitted_at   timestamptz,
    decided_by     text,
    decided_at     timestamptz,
    version        bigint      not null,
    unique (tenant_id, unit_id, period)
);

-- What a report shows, filled from the read models; the leader's status text per item survives a refill.
create table report_item (
    report_id    uuid           not null references report (id),
    section      text           not null,
    ref_id       uuid           not null,
    position     int            not null,
    title        text           not null,
    unit_name    text,
    status       text,
    light        text,
    deadline     date,
    actual       numeric(20, 4),
    target       numeric(20, 4),
    measure_unit text,
    summary      text,
    status_text  text,
    carried_from text,
    primary key (report_id, section, ref_id)
);

-- A locked (approved) report never changes, whatever the code does.
create function report_locked() returns trigger language plpgsql as $$
begin
    if old.status = 'APPROVED' then
        raise exception 'report % is approved and locked', old.id;
    end if;
    return new;
end $$;
create trigger report_never_changes_once_locked before update or delete on report
    for each row execute function report_locked();

create function report_item_locked() returns trigger language plpgsql as $$
begin
    if exists (select 1 from report r where r.id = coalesce(old.report_id, new.report_id) and r.status = 'APPROVED') then
        raise exception 'report % is approved and locked', coalesce(old.report_id, new.report_id);
    end if;
    return coalesce(new, old);
end $$;
create trigger report_item_never_changes_once_locked before insert or update or delete on report_item
    for each row execute function report_item_locked();

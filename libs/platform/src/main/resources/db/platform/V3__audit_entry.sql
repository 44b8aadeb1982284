-- The audit log (ADR 0015): who did what and when, for internal control (kommuneloven § 25-1). One row per change
-- that matters, written in the transaction of the change, so a change and its entry commit together or not at all.
-- Entries are never changed or deleted: the trigger refuses it, whatever the code does.
create table audit_entry (
    id             uuid        primary key,
    tenant_id      text        not null,
    occurred_at    timestamptz not null,
    actor_subject  text        not null,
    actor_username text        not null,
    actor_roles    text[]      not null,
    action         text        not null,
    unit_id        uuid,
    subject        text        not null,
    details        jsonb       not null
);
create index audit_entry_by_unit on audit_entry (tenant_id, unit_id, occurred_at desc);
create index audit_entry_by_time on audit_entry (tenant_id, occurred_at desc);

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit entries are never changed or deleted';
end
$$;
create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();

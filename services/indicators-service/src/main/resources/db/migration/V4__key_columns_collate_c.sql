-- The text columns of the keys every stored value and every folded aggregate goes through compare byte by byte
-- (collation "C") instead of by the database's locale: each insert walks the unique indexes of indicator_value twice
-- (on conflict) and each fold the key of indicator_aggregate, and a locale's comparison costs several times a byte
-- comparison. Nothing orders by these columns; equality is the same under both. The indexes are rebuilt, the rows stay.
alter table indicator_value
    alter column tenant_id type text collate "C",
    alter column source_system type text collate "C",
    alter column source_event_id type text collate "C",
    alter column period type text collate "C";
alter table indicator_aggregate
    alter column tenant_id type text collate "C",
    alter column period type text collate "C",
    alter column scope type text collate "C";

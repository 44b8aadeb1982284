-- A report's status lines: counts of the subtree's items by status for the period, as they were when filled.
alter table report_item add column counts jsonb;

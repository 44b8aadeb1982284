create table written_unit (tenant_id text not null, id uuid not null, name text not null, primary key (tenant_id, id));
create table applied_count (tenant_id text not null, unit_id uuid not null, times int not null, primary key (tenant_id, unit_id));

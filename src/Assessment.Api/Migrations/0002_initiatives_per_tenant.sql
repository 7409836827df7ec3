-- Initiatives belong to one client organization; only its people see them (row-level security, fail closed).
-- Step 1's table held no tenant and no data worth keeping, so it is replaced rather than altered.
drop table initiatives;

create table initiatives (
    tenant_id uuid not null,
    id uuid primary key,
    name text not null,
    use_case text not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    created_by uuid
);
create index initiatives_tenant_created_idx on initiatives (tenant_id, created_at desc);

alter table initiatives enable row level security;
alter table initiatives force row level security;
create policy initiatives_tenant on initiatives
    using (tenant_id = app_tenant_id())
    with check (tenant_id = app_tenant_id());

grant select, insert, update, delete on initiatives to $app_role$;

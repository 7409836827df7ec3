-- A vendor profile is the registry entry of one vendor organization (its id is the organization's id). It is
-- shared, not tenant-owned: client organizations and the host operator read every profile, a vendor only its own.
-- Only the host operator registers vendors; a vendor may keep its own profile. Step 1's table is replaced.
drop table vendors;

create table vendors (
    id uuid primary key,
    name text not null,
    website text null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    created_by uuid
);
create index vendors_name_idx on vendors (lower(name), id);

alter table vendors enable row level security;
alter table vendors force row level security;
create policy vendors_read on vendors for select
    using (app_tenant_id() is not null or app_is_host_operator() or id = app_vendor_id());
create policy vendors_register on vendors for insert
    with check (app_is_host_operator());
create policy vendors_keep on vendors for update
    using (app_is_host_operator() or id = app_vendor_id());

grant select, insert, update on vendors to $app_role$;

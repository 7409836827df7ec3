-- An engagement belongs to the client organization that runs it; the vendor doing the work sees it too, and no
-- other vendor does. Step 1's table held no tenant and no data worth keeping, so it is replaced.
drop table engagements;

create table engagements (
    tenant_id uuid not null,
    id uuid primary key,
    vendor_id uuid not null,
    name text not null,
    vendor_name text not null,
    phase text not null check (phase in ('discovery-poc', 'development', 'production-hardening', 'transition-handover', 'steady-state')),
    created_at timestamptz not null,
    updated_at timestamptz not null,
    created_by uuid
);
create index engagements_tenant_created_idx on engagements (tenant_id, created_at desc);
create index engagements_vendor_idx on engagements (vendor_id, created_at desc);

alter table engagements enable row level security;
alter table engagements force row level security;
create policy engagements_tenant on engagements
    using (tenant_id = app_tenant_id())
    with check (tenant_id = app_tenant_id());
create policy engagements_vendor_reads_own on engagements for select
    using (vendor_id = app_vendor_id());
-- Restrictive: whatever else a policy allows, an actor acting for a vendor only ever sees that vendor's rows.
create policy engagements_vendor_scope on engagements as restrictive
    using (app_vendor_id() is null or vendor_id = app_vendor_id());

grant select, insert, update, delete on engagements to $app_role$;

-- A brief (RFP) belongs to the client organization that writes it. The vendors it invites see the brief and their
-- own invitation, never another vendor's, and nothing of a brief they were not invited to.
create table briefs (
    tenant_id uuid not null,
    id uuid primary key,
    title text not null,
    summary text not null,
    deadline timestamptz not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    created_by uuid
);
create index briefs_tenant_created_idx on briefs (tenant_id, created_at desc);

create table brief_invitations (
    tenant_id uuid not null,
    id uuid primary key,
    brief_id uuid not null references briefs (id),
    vendor_id uuid not null references vendors (id),
    created_at timestamptz not null,
    updated_at timestamptz not null,
    created_by uuid,
    unique (brief_id, vendor_id)
);
create index brief_invitations_tenant_brief_idx on brief_invitations (tenant_id, brief_id);
create index brief_invitations_vendor_idx on brief_invitations (vendor_id, created_at desc);

alter table brief_invitations enable row level security;
alter table brief_invitations force row level security;
create policy brief_invitations_tenant on brief_invitations
    using (tenant_id = app_tenant_id())
    with check (tenant_id = app_tenant_id());
create policy brief_invitations_vendor_reads_own on brief_invitations for select
    using (vendor_id = app_vendor_id());
-- Restrictive: whatever else a policy allows, an actor acting for a vendor only ever sees its own invitations.
create policy brief_invitations_vendor_scope on brief_invitations as restrictive
    using (app_vendor_id() is null or vendor_id = app_vendor_id());

alter table briefs enable row level security;
alter table briefs force row level security;
create policy briefs_tenant on briefs
    using (tenant_id = app_tenant_id())
    with check (tenant_id = app_tenant_id());
-- The subquery runs under brief_invitations' own policies, so a vendor finds only its own invitations there.
create policy briefs_invited_vendor_reads on briefs for select
    using (exists (select 1 from brief_invitations i where i.brief_id = briefs.id and i.vendor_id = app_vendor_id()));
create policy briefs_vendor_scope on briefs as restrictive
    using (app_vendor_id() is null
        or exists (select 1 from brief_invitations i where i.brief_id = briefs.id and i.vendor_id = app_vendor_id()));

grant select, insert, update on briefs to $app_role$;
grant select, insert on brief_invitations to $app_role$;

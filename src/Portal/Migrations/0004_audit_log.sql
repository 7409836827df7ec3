-- The portal's own audit log: who changed what in the identity directory (invitations, roles, API clients,
-- organizations), written in the same transaction as the change. Tenant-owned: each row belongs to the organization
-- it concerns, and row-level security shows a transaction only the rows of the tenant it set in app.tenant_id.
create table audit_log (
    tenant_id uuid not null,
    id uuid primary key,
    occurred_at timestamptz not null,
    actor_id uuid,
    actor_name text not null,
    action text not null,
    object_type text not null,
    object_id uuid,
    before jsonb,
    after jsonb
);
create index audit_log_tenant_occurred_idx on audit_log (tenant_id, occurred_at desc);

alter table audit_log enable row level security;
alter table audit_log force row level security;
-- Fails closed: with app.tenant_id unset or empty the comparison is null, so no row is visible or insertable.
create policy audit_log_tenant_isolation on audit_log
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

-- Append-only: the application can add and read entries, never change or remove them.
grant select, insert on audit_log to $app_role$;

-- Shared by every service database; applied before the service's own migrations.
-- UnitOfWork sets these per transaction (set_config(..., true)). Unset or empty means "none", so every policy
-- that compares with them fails closed.
create function app_tenant_id() returns uuid language sql stable
    as $$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$;

create function app_vendor_id() returns uuid language sql stable
    as $$ select nullif(current_setting('app.vendor_id', true), '')::uuid $$;

create function app_is_host_operator() returns boolean language sql stable
    as $$ select coalesce(current_setting('app.host_operator', true), '') = 'on' $$;

grant usage on schema public to $app_role$;

-- Append-only for the application role: it may add and read rows, never change or remove them.
create table audit_log (
    tenant_id uuid,
    id uuid primary key,
    occurred_at timestamptz not null,
    actor_id uuid,
    actor_name text not null,
    vendor_id uuid,
    action text not null,
    object_type text not null,
    object_id uuid,
    outcome text not null check (outcome in ('succeeded', 'denied', 'forbidden')),
    before jsonb,
    after jsonb,
    trace_id text
);
create index audit_log_tenant_time_idx on audit_log (tenant_id, occurred_at desc, id desc);
create index audit_log_tenant_actor_idx on audit_log (tenant_id, actor_id, occurred_at desc);
create index audit_log_tenant_object_idx on audit_log (tenant_id, object_id);

alter table audit_log enable row level security;
alter table audit_log force row level security;
create policy audit_log_read on audit_log for select
    using (tenant_id = app_tenant_id());
create policy audit_log_append on audit_log for insert
    with check (tenant_id is not distinct from app_tenant_id() and vendor_id is not distinct from app_vendor_id());

revoke all on audit_log from public;
grant select, insert on audit_log to $app_role$;

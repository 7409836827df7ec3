-- An export belongs to the client organization that asked for it (row-level security, fail closed).
-- Step 1's table held no tenant and no data worth keeping, so it is replaced.
drop table exports;

create table exports (
    tenant_id uuid not null,
    id uuid primary key,
    report text not null check (report in ('portfolio-summary', 'vendor-comparison', 'risk-register')),
    format text not null check (format in ('csv', 'pdf')),
    status text not null check (status in ('queued', 'running', 'completed', 'failed')),
    created_at timestamptz not null,
    updated_at timestamptz not null,
    created_by uuid
);
create index exports_tenant_created_idx on exports (tenant_id, created_at desc);

alter table exports enable row level security;
alter table exports force row level security;
create policy exports_tenant on exports
    using (tenant_id = app_tenant_id())
    with check (tenant_id = app_tenant_id());

grant select, insert, update, delete on exports to $app_role$;

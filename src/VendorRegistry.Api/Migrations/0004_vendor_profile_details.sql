-- The full vendor profile (domain.md §2), certifications with evidence files, client organizations' private notes
-- and ratings, and the host operator's CSV imports. Enums are kebab-case text, spelled as on the wire.

alter table vendors
    add column capabilities text[] not null default '{}'
        check (capabilities <@ array['data-engineering', 'model-development', 'mlops', 'computer-vision', 'nlp', 'llm-genai',
                                     'rpa', 'data-labeling']),
    add column verticals text[] not null default '{}'
        check (verticals <@ array['healthcare', 'life-sciences', 'finance', 'insurance', 'retail', 'manufacturing', 'public-sector',
                                  'logistics', 'energy', 'telecommunications', 'education', 'media']),
    add column regions text[] not null default '{}'
        check (regions <@ array['north-america', 'latin-america', 'western-europe', 'eastern-europe', 'middle-east-and-africa',
                                'south-asia', 'south-east-asia', 'east-asia', 'oceania']),
    add column time_zones text[] not null default '{}',
    add column rate_card jsonb not null default '[]',
    add column engagement_models text[] not null default '{}'
        check (engagement_models <@ array['staff-augmentation', 'dedicated-team', 'project-based', 'managed-service']),
    add column models_in_production integer check (models_in_production >= 0),
    add column track_record text,
    add column team_members jsonb not null default '[]',
    add column retention_percent numeric check (retention_percent between 0 and 100),
    add column encryption_in_transit boolean not null default false,
    add column encryption_at_rest boolean not null default false,
    add column access_control_and_audit_logs boolean not null default false,
    add column data_residency text,
    add column gdpr boolean not null default false,
    add column ccpa boolean not null default false,
    add column hipaa boolean not null default false,
    add column ai_assistant_usage text;
create index vendors_capabilities_idx on vendors using gin (capabilities);
create index vendors_verticals_idx on vendors using gin (verticals);
create index vendors_regions_idx on vendors using gin (regions);

-- Certifications are part of the shared profile: read by whoever reads the vendor, kept by the vendor and the host.
create table vendor_certifications (
    id uuid primary key,
    vendor_id uuid not null references vendors (id),
    kind text not null check (kind in ('iso-27001', 'soc-2-type-ii', 'hitrust', 'fedramp', 'iso-42001', 'other')),
    name text null,
    issued_on date not null,
    expires_on date not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    created_by uuid,
    check ((kind = 'other') = (name is not null)),
    check (issued_on <= expires_on)
);
create index vendor_certifications_vendor_idx on vendor_certifications (vendor_id, kind, expires_on);

alter table vendor_certifications enable row level security;
alter table vendor_certifications force row level security;
create policy vendor_certifications_read on vendor_certifications for select
    using (app_tenant_id() is not null or app_is_host_operator() or vendor_id = app_vendor_id());
create policy vendor_certifications_add on vendor_certifications for insert
    with check (app_is_host_operator() or vendor_id = app_vendor_id());
create policy vendor_certifications_keep on vendor_certifications for update
    using (app_is_host_operator() or vendor_id = app_vendor_id());
grant select, insert, update on vendor_certifications to $app_role$;

-- Uploaded files, kept in the database with their owner's rows. The client's file name is display text only. A file is
-- seen by whoever sees what it is attached to: each use adds its link table and a read policy through it (the policy's
-- subquery runs under the link table's own policies). Only a vendor's people or the host upload for that vendor.
create table files (
    id uuid primary key,
    vendor_id uuid not null references vendors (id),
    file_name text not null,
    content_type text not null
        check (content_type in ('application/pdf', 'image/png', 'image/jpeg', 'text/plain',
                                'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                                'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')),
    size_bytes integer not null check (size_bytes > 0),
    sha256 bytea not null,
    content bytea not null,
    created_at timestamptz not null,
    created_by uuid
);
create index files_vendor_idx on files (vendor_id, created_at);

create table certification_evidence (
    certification_id uuid not null references vendor_certifications (id),
    file_id uuid not null references files (id),
    vendor_id uuid not null references vendors (id),
    created_at timestamptz not null,
    primary key (certification_id, file_id)
);
create index certification_evidence_file_idx on certification_evidence (file_id);

alter table certification_evidence enable row level security;
alter table certification_evidence force row level security;
create policy certification_evidence_read on certification_evidence for select
    using (app_tenant_id() is not null or app_is_host_operator() or vendor_id = app_vendor_id());
create policy certification_evidence_add on certification_evidence for insert
    with check (app_is_host_operator() or vendor_id = app_vendor_id());
grant select, insert on certification_evidence to $app_role$;

alter table files enable row level security;
alter table files force row level security;
create policy files_upload on files for insert
    with check (app_is_host_operator() or vendor_id = app_vendor_id());
create policy files_read_certification_evidence on files for select
    using (exists (select 1 from certification_evidence e where e.file_id = files.id));
create policy files_vendor_scope on files as restrictive
    using (app_vendor_id() is null or vendor_id = app_vendor_id());
grant select, insert on files to $app_role$;

-- A client organization's private notes and rating of a vendor: tenant-owned, one row per vendor. Vendors and the
-- host act for no tenant, so they see none.
create table vendor_notes (
    tenant_id uuid not null,
    id uuid primary key,
    vendor_id uuid not null references vendors (id),
    rating smallint null check (rating between 1 and 5),
    notes text not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    created_by uuid,
    updated_by_name text not null,
    unique (tenant_id, vendor_id)
);

alter table vendor_notes enable row level security;
alter table vendor_notes force row level security;
create policy vendor_notes_tenant on vendor_notes
    using (tenant_id = app_tenant_id())
    with check (tenant_id = app_tenant_id());
grant select, insert, update on vendor_notes to $app_role$;

-- The host operator's CSV imports: durable, so progress and the error report survive a restart, and a replica that
-- stops mid-import leaves it to another once its lease runs out. Host-level data: only the host operator sees it.
create table vendor_imports (
    id uuid primary key,
    status text not null check (status in ('queued', 'running', 'completed')),
    content text not null,
    rows_total integer not null,
    rows_done integer not null default 0,
    rows_imported integer not null default 0,
    rows_failed integer not null default 0,
    lease_until timestamptz null,
    created_at timestamptz not null,
    finished_at timestamptz null,
    created_by uuid,
    created_by_name text not null
);
create index vendor_imports_pending_idx on vendor_imports (created_at) where status <> 'completed';

create table vendor_import_errors (
    import_id uuid not null references vendor_imports (id),
    row_number integer not null,
    column_name text not null,
    message text not null
);
create index vendor_import_errors_import_idx on vendor_import_errors (import_id, row_number);

alter table vendor_imports enable row level security;
alter table vendor_imports force row level security;
create policy vendor_imports_host on vendor_imports
    using (app_is_host_operator())
    with check (app_is_host_operator());
grant select, insert, update on vendor_imports to $app_role$;

alter table vendor_import_errors enable row level security;
alter table vendor_import_errors force row level security;
create policy vendor_import_errors_host on vendor_import_errors
    using (app_is_host_operator())
    with check (app_is_host_operator());
grant select, insert on vendor_import_errors to $app_role$;

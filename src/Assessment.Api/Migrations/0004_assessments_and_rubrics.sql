-- An assessment answers one questionnaire version about one initiative; completing it stores the result together
-- with the rubric it was scored with, so the result can be reproduced however the rubric changes later. A tenant's
-- rubric edits are versions: never updated, only added.
create table rubrics (
    tenant_id uuid not null,
    id uuid primary key,
    version int not null check (version > 0),
    document jsonb not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    created_by uuid,
    unique (tenant_id, version)
);

create table assessments (
    tenant_id uuid not null,
    id uuid primary key,
    initiative_id uuid not null references initiatives (id),
    questionnaire_version int not null,
    answers jsonb not null,
    status text not null check (status in ('draft', 'completed')),
    rubric jsonb null,
    result jsonb null,
    completed_at timestamptz null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    created_by uuid,
    check ((status = 'completed') = (result is not null and rubric is not null and completed_at is not null))
);
create index assessments_tenant_initiative_idx on assessments (tenant_id, initiative_id, created_at desc);

alter table rubrics enable row level security;
alter table rubrics force row level security;
create policy rubrics_tenant on rubrics
    using (tenant_id = app_tenant_id())
    with check (tenant_id = app_tenant_id());

alter table assessments enable row level security;
alter table assessments force row level security;
create policy assessments_tenant on assessments
    using (tenant_id = app_tenant_id())
    with check (tenant_id = app_tenant_id());

grant select, insert on rubrics to $app_role$;
grant select, insert, update on assessments to $app_role$;

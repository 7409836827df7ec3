-- Briefs grow from a title and deadline into the full RFP of domain.md §2: written as a draft, issued to every
-- invited vendor at once, answered by each vendor on its own, scored by several evaluators, awarded to one vendor.

-- The assessed initiatives a brief may be written from, kept from the Assessment service's AssessmentCompleted
-- events (the latest completion of each initiative), so writing a brief never calls that service.
create table assessed_initiatives (
    tenant_id uuid not null,
    id uuid primary key,
    assessment_id uuid not null,
    name text not null,
    use_case text,
    business_outcome text,
    success_metric text,
    budget numeric(14, 2),
    deadline date,
    approach text not null,
    engagement_model text,
    data_sensitivity text,
    regulations text[] not null default '{}',
    completed_at timestamptz not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    created_by uuid
);
create index assessed_initiatives_tenant_idx on assessed_initiatives (tenant_id, completed_at desc);

alter table assessed_initiatives enable row level security;
alter table assessed_initiatives force row level security;
create policy assessed_initiatives_tenant on assessed_initiatives
    using (tenant_id = app_tenant_id())
    with check (tenant_id = app_tenant_id());
grant select, insert, update on assessed_initiatives to $app_role$;

-- Draft: the client writes it and picks vendors, who see nothing yet. Open: issued, every invitee sees the same brief
-- and answers until the deadline (which the client may extend). Awarded: one response won; the brief is closed.
alter table briefs
    add column status text not null default 'open' check (status in ('draft', 'open', 'awarded')),
    add column initiative_id uuid,
    add column use_case text not null default '',
    add column constraints text not null default '',
    add column regulations text[] not null default '{}',
    add column engagement_model text,
    add column questionnaire_version integer not null default 1,
    -- The scoring criteria the brief was issued with: a copy of the organization's template at the time.
    add column criteria jsonb not null default '[]',
    add column issued_at timestamptz,
    add column awarded_response_id uuid,
    add column award_rationale text,
    add column awarded_at timestamptz;
alter table briefs alter column status set default 'draft';
update briefs set issued_at = created_at where status = 'open';

-- Vendors see a brief, and their invitation to it, only once it is issued. The invitation carries when it reached the
-- vendor, so its policy need not read briefs (whose own policy reads invitations: policies must not go round in a circle).
alter table brief_invitations add column issued_at timestamptz;
update brief_invitations set issued_at = created_at;
drop policy brief_invitations_vendor_reads_own on brief_invitations;
create policy brief_invitations_vendor_reads_own on brief_invitations for select
    using (vendor_id = app_vendor_id() and issued_at is not null);
drop policy briefs_invited_vendor_reads on briefs;
create policy briefs_invited_vendor_reads on briefs for select
    using (status <> 'draft'
        and exists (select 1 from brief_invitations i where i.brief_id = briefs.id and i.vendor_id = app_vendor_id()));
grant update on brief_invitations to $app_role$;
-- A client may withdraw an invitation while the brief is still a draft.
grant delete on brief_invitations to $app_role$;

-- Each organization's scoring criteria template: a new version on every edit; briefs copy the current one.
create table scoring_templates (
    tenant_id uuid not null,
    id uuid primary key,
    version integer not null,
    criteria jsonb not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    created_by uuid,
    unique (tenant_id, version)
);
alter table scoring_templates enable row level security;
alter table scoring_templates force row level security;
create policy scoring_templates_tenant on scoring_templates
    using (tenant_id = app_tenant_id())
    with check (tenant_id = app_tenant_id());
grant select, insert on scoring_templates to $app_role$;

-- One response per invitation, owned by the client's tenant but written by the invited vendor. The client sees it
-- only once submitted; the vendor sees only its own; no vendor ever sees another's.
create table brief_responses (
    tenant_id uuid not null,
    id uuid primary key,
    brief_id uuid not null references briefs (id),
    invitation_id uuid not null unique references brief_invitations (id),
    vendor_id uuid not null references vendors (id),
    status text not null check (status in ('draft', 'submitted')),
    answers jsonb not null default '{}',
    submitted_at timestamptz,
    shortlisted boolean not null default false,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    created_by uuid,
    check ((status = 'submitted') = (submitted_at is not null))
);
create index brief_responses_tenant_brief_idx on brief_responses (tenant_id, brief_id);
create index brief_responses_vendor_idx on brief_responses (vendor_id, updated_at desc);

alter table brief_responses enable row level security;
alter table brief_responses force row level security;
create policy brief_responses_client_reads on brief_responses for select
    using (tenant_id = app_tenant_id() and status = 'submitted');
create policy brief_responses_client_shortlists on brief_responses for update
    using (tenant_id = app_tenant_id() and status = 'submitted')
    with check (tenant_id = app_tenant_id() and status = 'submitted');
create policy brief_responses_vendor_keeps_own on brief_responses
    using (vendor_id = app_vendor_id())
    with check (vendor_id = app_vendor_id()
        and exists (select 1 from brief_invitations i
                    where i.id = brief_responses.invitation_id and i.vendor_id = app_vendor_id()
                      and i.brief_id = brief_responses.brief_id and i.tenant_id = brief_responses.tenant_id));
create policy brief_responses_vendor_scope on brief_responses as restrictive
    using (app_vendor_id() is null or vendor_id = app_vendor_id());
grant select, insert, update on brief_responses to $app_role$;

-- Clarifications: a vendor asks, the client answers, and the answer is shared with every invitee without saying who asked.
create table brief_clarifications (
    tenant_id uuid not null,
    id uuid primary key,
    brief_id uuid not null references briefs (id),
    asked_by_vendor_id uuid not null references vendors (id),
    question text not null,
    answer text,
    answered_at timestamptz,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    created_by uuid
);
create index brief_clarifications_tenant_brief_idx on brief_clarifications (tenant_id, brief_id, created_at);

alter table brief_clarifications enable row level security;
alter table brief_clarifications force row level security;
create policy brief_clarifications_tenant on brief_clarifications
    using (tenant_id = app_tenant_id())
    with check (tenant_id = app_tenant_id());
-- A vendor reads its own questions and every answered one of a brief it is invited to (briefs' policies apply).
create policy brief_clarifications_invitee_reads on brief_clarifications for select
    using (app_vendor_id() is not null
        and (asked_by_vendor_id = app_vendor_id() or answered_at is not null)
        and exists (select 1 from briefs b where b.id = brief_clarifications.brief_id));
create policy brief_clarifications_invitee_asks on brief_clarifications for insert
    with check (asked_by_vendor_id = app_vendor_id()
        and exists (select 1 from briefs b where b.id = brief_clarifications.brief_id and b.tenant_id = brief_clarifications.tenant_id));
grant select, insert, update on brief_clarifications to $app_role$;

-- Each evaluator's own scorecard of a response; vendors never see scores.
create table scorecards (
    tenant_id uuid not null,
    id uuid primary key,
    brief_id uuid not null references briefs (id),
    response_id uuid not null references brief_responses (id),
    evaluator_id uuid not null,
    evaluator_name text not null,
    scores jsonb not null,
    comment text,
    status text not null check (status in ('draft', 'submitted')),
    submitted_at timestamptz,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    created_by uuid,
    unique (response_id, evaluator_id)
);
create index scorecards_tenant_brief_idx on scorecards (tenant_id, brief_id);

alter table scorecards enable row level security;
alter table scorecards force row level security;
create policy scorecards_tenant on scorecards
    using (tenant_id = app_tenant_id())
    with check (tenant_id = app_tenant_id());
grant select, insert, update on scorecards to $app_role$;

-- Red flags an evaluator dismissed, with the reason (also in the audit log).
create table red_flag_dismissals (
    tenant_id uuid not null,
    id uuid primary key,
    response_id uuid not null references brief_responses (id),
    flag_key text not null,
    reason text not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    created_by uuid,
    unique (response_id, flag_key)
);
alter table red_flag_dismissals enable row level security;
alter table red_flag_dismissals force row level security;
create policy red_flag_dismissals_tenant on red_flag_dismissals
    using (tenant_id = app_tenant_id())
    with check (tenant_id = app_tenant_id());
grant select, insert on red_flag_dismissals to $app_role$;

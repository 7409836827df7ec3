-- What an assessment needs to know about an initiative (issue 4): who owns it, the outcome and workflow it targets,
-- today's baseline and the metric that shows success, the budget and deadline; how far it has come; and when it was
-- archived, so finished or abandoned initiatives leave the lists without losing their history.
alter table initiatives
    add column owner text null,
    add column business_outcome text null,
    add column target_workflow text null,
    add column baseline text null,
    add column success_metric text null,
    add column budget numeric(15, 2) null check (budget >= 0),
    add column deadline date null,
    add column status text not null default 'proposed' check (status in ('proposed', 'assessed')),
    add column archived_at timestamptz null;

create index initiatives_tenant_updated_idx on initiatives (tenant_id, updated_at desc) where archived_at is null;

-- The events a service has consumed, so that a redelivered event is handled once. A consumer adds the row in the
-- same transaction as the handler's changes: both commit, or neither does and the event is handled again later.
-- A service consumes each stream in one consumer group, so the event id alone identifies the handling.
create table processed_events (
    tenant_id uuid not null,
    event_id uuid not null,
    type text not null,
    processed_at timestamptz not null,
    primary key (tenant_id, event_id)
);

alter table processed_events enable row level security;
alter table processed_events force row level security;
-- A consumer handles each event as a unit of work of the event's tenant.
create policy processed_events_tenant on processed_events
    using (tenant_id = app_tenant_id())
    with check (tenant_id = app_tenant_id());

revoke all on processed_events from public;
grant select, insert on processed_events to $app_role$;

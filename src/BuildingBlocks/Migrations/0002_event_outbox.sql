-- Integration events leave through this outbox: a unit of work adds its events in the same transaction as the change
-- they describe, so a rollback drops them, and the service's relay (EventRelay) publishes them to its Redis stream.

-- The relay is the service's own background job, not a request: it acts for no tenant and must reach every tenant's
-- events. It sets app.event_relay = 'on' for its own transactions only (set_config(..., true)), and no unit of work
-- ever sets it, so a request sees no outbox row, its own tenant's included. It is a setting rather than a third login
-- because the relay is the same program with the same trust as the requests; like the tenant setting it keeps our
-- own code's mistakes from crossing tenants, and nothing survives into the pooled connection's next use.
create function app_is_event_relay() returns boolean language sql stable
    as $$ select coalesce(current_setting('app.event_relay', true), '') = 'on' $$;

create table event_outbox (
    tenant_id uuid not null,
    id uuid primary key,
    -- Publish order: the order the events were written in, across tenants.
    sequence_number bigint generated always as identity,
    type text not null,
    version integer not null,
    occurred_at timestamptz not null,
    actor_id uuid,
    actor_name text not null,
    data jsonb not null,
    published_at timestamptz,
    stream_entry_id text,
    attempts integer not null default 0,
    last_error text,
    check ((published_at is null) = (stream_entry_id is null))
);
-- The relay's scan: the unpublished rows of every tenant in publish order. It cannot lead with tenant_id, because the
-- relay serves all tenants in one order; being partial, it holds only the backlog however long the table grows.
create index event_outbox_unpublished_idx on event_outbox (sequence_number) where published_at is null;
-- One tenant's events in order, for support and for replaying a tenant's history.
create index event_outbox_tenant_idx on event_outbox (tenant_id, sequence_number);

alter table event_outbox enable row level security;
alter table event_outbox force row level security;
-- A unit of work may add events of its own tenant, and do nothing else with the outbox. A service whose vendor users
-- cause events for a client organization adds its own permissive insert policy for that case.
create policy event_outbox_append on event_outbox for insert
    with check (tenant_id = app_tenant_id());
create policy event_outbox_relay_reads on event_outbox for select
    using (app_is_event_relay());
create policy event_outbox_relay_marks on event_outbox for update
    using (app_is_event_relay())
    with check (app_is_event_relay());

-- The relay may record delivery, never rewrite an event; nobody removes one.
revoke all on event_outbox from public;
grant select, insert on event_outbox to $app_role$;
grant update (published_at, stream_entry_id, attempts, last_error) on event_outbox to $app_role$;

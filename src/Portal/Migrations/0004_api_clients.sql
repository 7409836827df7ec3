-- Programs that call the APIs for an organization (OAuth 2.0 client credentials). Only a hash of the secret is kept;
-- revoked clients stay, so the audit log and the list keep naming them.
create table api_clients (
    id uuid primary key,
    client_id text not null,
    secret_hash text not null,
    name text not null,
    organization_id uuid not null references organizations (id),
    roles text[] not null check (cardinality(roles) > 0),
    created_by uuid not null references users (id),
    created_at timestamptz not null,
    revoked_at timestamptz
);
create unique index api_clients_client_id_idx on api_clients (client_id);
create index api_clients_organization_id_idx on api_clients (organization_id, created_at desc);

grant select, insert, update on api_clients to $app_role$;

-- Invitations to join an organization with a role. The link carries a random token; only its SHA-256 is kept, so
-- the table cannot be used to accept anyone's invitation. Accepted and expired invitations stay as a record.
create table invitations (
    id uuid primary key,
    organization_id uuid not null references organizations (id),
    email text not null,
    role text not null check (role in ('org-admin', 'evaluator', 'executive', 'vendor-user', 'vendor-admin')),
    token_hash text not null,
    expires_at timestamptz not null,
    created_by uuid not null references users (id),
    created_at timestamptz not null,
    accepted_at timestamptz,
    accepted_by uuid references users (id)
);
create unique index invitations_token_hash_idx on invitations (token_hash);
create index invitations_organization_id_idx on invitations (organization_id, created_at desc);

grant select, insert, update on invitations to $app_role$;

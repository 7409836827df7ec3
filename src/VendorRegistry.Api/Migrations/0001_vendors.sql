-- A vendor is a registry entity that many client organizations may invite (domain.md §2).
create table vendors (
    id uuid primary key,
    name text not null,
    website text null,
    created_at timestamptz not null,
    updated_at timestamptz not null
);
create index vendors_name_idx on vendors (lower(name));

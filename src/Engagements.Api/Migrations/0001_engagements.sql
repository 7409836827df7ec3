-- An engagement is the outsourced work with one vendor, moving through the phases of domain.md §3.
create table engagements (
    id uuid primary key,
    name text not null,
    vendor_name text not null,
    phase text not null check (phase in ('discovery-poc', 'development', 'production-hardening', 'transition-handover', 'steady-state')),
    created_at timestamptz not null,
    updated_at timestamptz not null
);
create index engagements_created_at_idx on engagements (created_at desc);

-- An initiative is one AI use case an organization considers outsourcing (domain.md §1).
create table initiatives (
    id uuid primary key,
    name text not null,
    use_case text not null,
    created_at timestamptz not null,
    updated_at timestamptz not null
);
create index initiatives_created_at_idx on initiatives (created_at desc);

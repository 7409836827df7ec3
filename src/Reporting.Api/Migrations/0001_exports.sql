-- Exports of portfolio reports are requested here and produced in the background (domain.md §4).
create table exports (
    id uuid primary key,
    report text not null check (report in ('portfolio-summary', 'vendor-comparison', 'risk-register')),
    format text not null check (format in ('csv', 'pdf')),
    status text not null check (status in ('queued', 'running', 'completed', 'failed')),
    created_at timestamptz not null,
    updated_at timestamptz not null
);
create index exports_created_at_idx on exports (created_at desc);

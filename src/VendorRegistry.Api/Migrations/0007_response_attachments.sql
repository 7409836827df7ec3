-- Files a vendor attaches to the answer of one question of its response. Like the response itself: owned by the
-- client's tenant, kept by the vendor while it is a draft, read by the client once submitted, never by another vendor.
create table brief_response_attachments (
    tenant_id uuid not null,
    response_id uuid not null references brief_responses (id),
    question_id text not null,
    -- Removing an attachment deletes its file; the link goes with it (the cascade runs as the table's owner).
    file_id uuid not null unique references files (id) on delete cascade,
    vendor_id uuid not null references vendors (id),
    created_at timestamptz not null,
    primary key (response_id, file_id)
);
create index brief_response_attachments_tenant_response_idx on brief_response_attachments (tenant_id, response_id, question_id);
create index brief_response_attachments_vendor_idx on brief_response_attachments (vendor_id, response_id);

alter table brief_response_attachments enable row level security;
alter table brief_response_attachments force row level security;
-- The subqueries run under brief_responses' own policies: the client finds only submitted responses there.
create policy brief_response_attachments_client_reads on brief_response_attachments for select
    using (tenant_id = app_tenant_id()
        and exists (select 1 from brief_responses r where r.id = brief_response_attachments.response_id and r.status = 'submitted'));
create policy brief_response_attachments_vendor_reads_own on brief_response_attachments for select
    using (vendor_id = app_vendor_id());
create policy brief_response_attachments_vendor_attaches on brief_response_attachments for insert
    with check (vendor_id = app_vendor_id()
        and exists (select 1 from brief_responses r
                    where r.id = brief_response_attachments.response_id and r.vendor_id = app_vendor_id()
                      and r.tenant_id = brief_response_attachments.tenant_id and r.status = 'draft'));
create policy brief_response_attachments_vendor_scope on brief_response_attachments as restrictive
    using (app_vendor_id() is null or vendor_id = app_vendor_id());
grant select, insert on brief_response_attachments to $app_role$;

-- A file attached to a response is read by exactly those who read the attachment, and so the response.
create policy files_read_response_attachments on files for select
    using (exists (select 1 from brief_response_attachments a where a.file_id = files.id));
-- Only the vendor, and only while its response is a draft, removes an attachment's file (files' restrictive vendor
-- policy confines it to its own; a client never sees a draft).
create policy files_remove_draft_attachment on files for delete
    using (exists (select 1 from brief_response_attachments a join brief_responses r on r.id = a.response_id
                   where a.file_id = files.id and r.status = 'draft'));
grant delete on files to $app_role$;

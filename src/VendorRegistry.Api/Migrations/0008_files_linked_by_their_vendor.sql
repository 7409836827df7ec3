-- A vendor links only its own files. The foreign keys on file_id alone take any file's id (their checks bypass
-- row-level security), so a vendor knowing another's file id could attach that file to its response, or give it as its
-- evidence, and show it to clients. Each link row's vendor, which its insert policy holds to app_vendor_id(), must now
-- be its file's. A foreign key rather than an insert policy reading files: files are read through their links, so that
-- policy would close a circle of policies, which PostgreSQL refuses (42P17).
alter table files add constraint files_id_vendor_key unique (id, vendor_id);
alter table brief_response_attachments add constraint brief_response_attachments_file_of_vendor_fkey
    foreign key (file_id, vendor_id) references files (id, vendor_id) on delete cascade;
alter table certification_evidence add constraint certification_evidence_file_of_vendor_fkey
    foreign key (file_id, vendor_id) references files (id, vendor_id);

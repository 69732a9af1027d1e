-- The consistency check (org.complaintdesk.attention) joins the engine's tasks and jobs to their complaint by process.
create index ix_complaint_process on complaint (process_instance_id);

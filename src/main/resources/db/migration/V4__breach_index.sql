-- Late replies by period, for the auditors' breach list (open overdue ones use ix_complaint_open).
create index ix_complaint_breached on complaint (sla_met, received_at);

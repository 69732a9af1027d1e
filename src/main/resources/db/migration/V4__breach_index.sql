-- Late replies, most late first, for the auditors' breach list (open overdue ones use ix_complaint_status_deadline).
create index ix_complaint_late on complaint (sla_met, minutes_late);

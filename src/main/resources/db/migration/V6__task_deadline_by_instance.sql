-- One instance's tasks: the citizen's tracking page and Cockpit's Tenggat SOP tab ask for them.
CREATE INDEX sop_task_deadline_instance_idx ON sop_task_deadline (process_instance_id, created_at);

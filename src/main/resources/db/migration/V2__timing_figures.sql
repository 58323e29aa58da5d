-- Timing figures for managers (GET /api/timing): each task and instance keeps its SOP, version,
-- standard and the working seconds it took, computed on the SOP's calendar when it completes, so no
-- calendar walk is needed at query time. The application reads completions incrementally through
-- the indexes on ended_at / started_at (TimingIndex) and open work through the per-SOP indexes.
ALTER TABLE sop_task_deadline ADD COLUMN process_definition_key VARCHAR(255);
ALTER TABLE sop_task_deadline ADD COLUMN process_definition_version INTEGER;
ALTER TABLE sop_task_deadline ADD COLUMN standard_seconds BIGINT;
ALTER TABLE sop_task_deadline ADD COLUMN working_seconds BIGINT;
CREATE INDEX sop_task_deadline_key_idx ON sop_task_deadline (process_definition_key, ended_at);

-- Every SOP instance gets a row, with or without sop.waktu-layanan (then without a deadline).
ALTER TABLE sop_instance_deadline ALTER COLUMN service_deadline DROP NOT NULL;
ALTER TABLE sop_instance_deadline ADD COLUMN process_definition_key VARCHAR(255);
ALTER TABLE sop_instance_deadline ADD COLUMN process_definition_version INTEGER;
ALTER TABLE sop_instance_deadline ADD COLUMN standard_seconds BIGINT;
ALTER TABLE sop_instance_deadline ADD COLUMN working_seconds BIGINT;
CREATE INDEX sop_instance_deadline_key_idx ON sop_instance_deadline (process_definition_key, ended_at);
CREATE INDEX sop_instance_deadline_started_idx ON sop_instance_deadline (started_at);

-- Time the office waits for the applicant (sop.menunggu-pemohon) does not count against the
-- service standard: one row per wait, and on the instance the start of the wait in progress (the
-- detector leaves a waiting instance alone) and the working time waited so far, by which the
-- service deadline has moved.
CREATE TABLE sop_applicant_wait (
  activity_instance_id       VARCHAR(64)  NOT NULL PRIMARY KEY,
  process_instance_id        VARCHAR(64)  NOT NULL,
  process_definition_key     VARCHAR(255) NOT NULL,
  process_definition_version INTEGER      NOT NULL,
  activity_id                VARCHAR(255) NOT NULL,
  started_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
  ended_at                   TIMESTAMP WITH TIME ZONE,
  working_seconds            BIGINT
);
CREATE INDEX sop_applicant_wait_instance_idx ON sop_applicant_wait (process_instance_id, ended_at);
CREATE INDEX sop_applicant_wait_key_idx ON sop_applicant_wait (process_definition_key, ended_at);

ALTER TABLE sop_instance_deadline ADD COLUMN waiting_since TIMESTAMP WITH TIME ZONE;
ALTER TABLE sop_instance_deadline ADD COLUMN waiting_seconds BIGINT NOT NULL DEFAULT 0;

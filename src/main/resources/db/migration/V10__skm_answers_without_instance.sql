-- The survey says "tanpa nama": an answer no longer names the request it judges. Which requests were
-- answered (one answer each) is kept apart, without the answers; an answer keeps only its SOP,
-- service, source and day.
CREATE TABLE sop_skm_answered (
  process_instance_id        VARCHAR(64)  NOT NULL PRIMARY KEY
);
INSERT INTO sop_skm_answered (process_instance_id) SELECT process_instance_id FROM sop_skm_response;
ALTER TABLE sop_skm_response ALTER COLUMN process_instance_id DROP NOT NULL;
UPDATE sop_skm_response SET process_instance_id = NULL;

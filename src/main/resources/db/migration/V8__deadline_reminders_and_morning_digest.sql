-- The open steps whose deadline-near reminder is still to come (reminder-at of their standard
-- time), written with the step while notifications are on and deleted when it is sent or the step
-- ends: a small table of open steps, so the hot deadline table stays as it was.
CREATE TABLE sop_task_reminder (
  task_id              VARCHAR(64)  NOT NULL PRIMARY KEY,
  remind_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sop_task_reminder_due_idx ON sop_task_reminder (remind_at);

-- The last working day whose morning digest was written: one row, claimed by a conditional update,
-- so with several nodes exactly one writes each day's digest.
CREATE TABLE sop_morning_digest (
  id                   INTEGER NOT NULL PRIMARY KEY,
  last_day             DATE
);
INSERT INTO sop_morning_digest (id, last_day) VALUES (1, NULL);

-- The lane role of the notified step, which a message names (the recipient may be a supervisor role).
ALTER TABLE sop_notification ADD COLUMN task_role VARCHAR(255);

-- Composed notifications are now deleted, not kept as DONE: their messages stay in sop_outbox.
DELETE FROM sop_notification WHERE status = 'DONE';

-- A digest lists up to 25 steps (and counts the rest); with long names its text, HTML or webhook
-- JSON may pass the first sizes.
ALTER TABLE sop_outbox ALTER COLUMN body_text SET DATA TYPE VARCHAR(100000);
ALTER TABLE sop_outbox ALTER COLUMN body_html SET DATA TYPE VARCHAR(100000);

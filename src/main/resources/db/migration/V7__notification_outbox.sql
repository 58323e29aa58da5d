-- Notifications, written in the transaction of the engine command that caused them (a rolled-back
-- command leaves none) and sent later by a sender on each node.
-- sop_notification: what happened, for a role (a step offered to it) or a user (a step assigned to them).
CREATE TABLE sop_notification (
  id                   VARCHAR(36)  NOT NULL PRIMARY KEY,
  kind                 VARCHAR(20)  NOT NULL,
  recipient_user       VARCHAR(255),
  recipient_role       VARCHAR(255),
  task_id              VARCHAR(64)  NOT NULL,
  task_name            VARCHAR(255),
  process_instance_id  VARCHAR(64),
  business_key         VARCHAR(255),
  sop_name             VARCHAR(255),
  task_due             TIMESTAMP WITH TIME ZONE,
  created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  send_after           TIMESTAMP WITH TIME ZONE NOT NULL,
  status               VARCHAR(10)  NOT NULL,
  claimed_by           VARCHAR(64),
  claimed_until        TIMESTAMP WITH TIME ZONE
);
CREATE INDEX sop_notification_due_idx ON sop_notification (status, send_after);

-- sop_outbox: each message to send, one per person and channel (a digest gathers several
-- notifications), with its attempts; FAILED keeps the last error for the admin.
CREATE TABLE sop_outbox (
  id                   VARCHAR(36)  NOT NULL PRIMARY KEY,
  channel              VARCHAR(10)  NOT NULL,
  recipient            VARCHAR(320) NOT NULL,
  user_id              VARCHAR(255),
  subject              VARCHAR(500) NOT NULL,
  body_text            VARCHAR(20000) NOT NULL,
  body_html            VARCHAR(40000),
  created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  status               VARCHAR(10)  NOT NULL,
  attempts             INTEGER      NOT NULL DEFAULT 0,
  next_attempt_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  claimed_by           VARCHAR(64),
  claimed_until        TIMESTAMP WITH TIME ZONE,
  last_error           VARCHAR(2000),
  sent_at              TIMESTAMP WITH TIME ZONE
);
CREATE INDEX sop_outbox_due_idx ON sop_outbox (status, next_attempt_at);

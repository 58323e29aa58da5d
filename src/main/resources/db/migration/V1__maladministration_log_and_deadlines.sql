-- The maladministration log: append-only, one row per deviation, chained by SHA-256.
CREATE TABLE sop_maladministration_event (
  id                         VARCHAR(36)  NOT NULL PRIMARY KEY,
  sequence                   BIGINT       NOT NULL UNIQUE,
  category                   VARCHAR(40)  NOT NULL,
  rule                       VARCHAR(40)  NOT NULL,
  process_definition_key     VARCHAR(255),
  process_definition_version INTEGER,
  process_instance_id        VARCHAR(64),
  business_key               VARCHAR(255),
  activity_id                VARCHAR(255),
  activity_name              VARCHAR(255),
  task_id                    VARCHAR(64),
  role                       VARCHAR(255),
  user_id                    VARCHAR(255),
  standard_deadline          TIMESTAMP WITH TIME ZONE,
  occurred_at                TIMESTAMP WITH TIME ZONE NOT NULL,
  detected_at                TIMESTAMP WITH TIME ZONE NOT NULL,
  overdue_seconds            BIGINT,
  detail                     VARCHAR(4000),
  hash                       CHAR(64)     NOT NULL,
  previous_hash              CHAR(64)     NOT NULL
);
CREATE INDEX sop_event_instance_idx ON sop_maladministration_event (process_instance_id);
CREATE INDEX sop_event_key_idx ON sop_maladministration_event (process_definition_key, occurred_at);

-- The head of the chain: its row lock serialises writers across engine nodes.
CREATE TABLE sop_event_chain_head (
  id            INTEGER  NOT NULL PRIMARY KEY,
  last_sequence BIGINT   NOT NULL,
  last_hash     CHAR(64) NOT NULL
);
INSERT INTO sop_event_chain_head (id, last_sequence, last_hash)
  VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- The standard deadline of every SOP task, out of reach of Tasklist and the REST API.
CREATE TABLE sop_task_deadline (
  task_id                VARCHAR(64)  NOT NULL PRIMARY KEY,
  process_instance_id    VARCHAR(64)  NOT NULL,
  process_definition_id  VARCHAR(64)  NOT NULL,
  activity_id            VARCHAR(255) NOT NULL,
  role                   VARCHAR(255),
  created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
  standard_deadline      TIMESTAMP WITH TIME ZONE NOT NULL,
  current_due            TIMESTAMP WITH TIME ZONE,
  ended_at               TIMESTAMP WITH TIME ZONE,
  overdue_recorded_at    TIMESTAMP WITH TIME ZONE,
  escalation_level       INTEGER      NOT NULL DEFAULT 0,
  escalated_role         VARCHAR(255),
  next_escalation_at     TIMESTAMP WITH TIME ZONE
);
-- The detector's query: open tasks by deadline.
CREATE INDEX sop_task_deadline_open_idx ON sop_task_deadline (ended_at, standard_deadline);
CREATE INDEX sop_task_deadline_escalation_idx ON sop_task_deadline (ended_at, next_escalation_at);

-- The service deadline of every SOP instance (sop.waktu-layanan), extended at most once.
CREATE TABLE sop_instance_deadline (
  process_instance_id    VARCHAR(64)  NOT NULL PRIMARY KEY,
  process_definition_id  VARCHAR(64)  NOT NULL,
  started_at             TIMESTAMP WITH TIME ZONE NOT NULL,
  service_deadline       TIMESTAMP WITH TIME ZONE NOT NULL,
  extended_by            VARCHAR(255),
  ended_at               TIMESTAMP WITH TIME ZONE,
  overdue_recorded_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX sop_instance_deadline_open_idx ON sop_instance_deadline (ended_at, service_deadline);

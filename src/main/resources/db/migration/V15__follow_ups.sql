-- Tindak lanjut: each finding an office acts on, with its source, action, owner, due date and whether
-- it worked (ISO 9001 10.2; the SKM's rencana tindak lanjut, PermenPAN-RB 14/2017). The work itself
-- runs as a case of the SOP sek-tindak-lanjut (process_instance_id). Figures and actions only: no
-- applicant's data.
CREATE TABLE sop_follow_up (
  id                         VARCHAR(36)   NOT NULL PRIMARY KEY,
  source_kind                VARCHAR(20)   NOT NULL,
  source_ref                 VARCHAR(255),
  sop_key                    VARCHAR(255),
  service_key                VARCHAR(255),
  activity_id                VARCHAR(255),
  period_from                DATE          NOT NULL,
  period_to                  DATE          NOT NULL,
  evidence                   VARCHAR(2000) NOT NULL,
  action                     VARCHAR(2000) NOT NULL,
  cause                      VARCHAR(2000),
  revises_sop                BOOLEAN       NOT NULL,
  responsible_role           VARCHAR(255)  NOT NULL,
  due_on                     DATE          NOT NULL,
  state                      VARCHAR(20)   NOT NULL,
  outcome                    VARCHAR(2000),
  outcome_evidence           VARCHAR(2000),
  checks                     INTEGER       NOT NULL,
  effective                  BOOLEAN,
  check_note                 VARCHAR(2000),
  process_instance_id        VARCHAR(64),
  renewal_version_id         VARCHAR(36),
  created_by                 VARCHAR(255)  NOT NULL,
  created_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
  done_at                    TIMESTAMP WITH TIME ZONE,
  checked_at                 TIMESTAMP WITH TIME ZONE
);
CREATE INDEX sop_follow_up_sop ON sop_follow_up (sop_key);
CREATE INDEX sop_follow_up_service ON sop_follow_up (service_key, period_from);

-- A renewal started by a follow-up names it: the link both ways
ALTER TABLE sop_version ADD COLUMN follow_up_id VARCHAR(36);

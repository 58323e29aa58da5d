-- Need to know as a list (GET /api/kasus/selesai): one row per finished case and role that may read it
-- (a step of the case was offered to the role or to one below it), written from the case's grants and
-- its history when it ends, with what the list shows (nothing of the applicant). The key orders a
-- role's cases by their end, so a page of the list reads only its own rows however long the history.
CREATE TABLE sop_case_reader (
  group_id                   VARCHAR(255)  NOT NULL,
  ended_at                   TIMESTAMP     NOT NULL,
  process_instance_id        VARCHAR(64)   NOT NULL,
  business_key               VARCHAR(255),
  process_definition_key     VARCHAR(255)  NOT NULL,
  started_at                 TIMESTAMP     NOT NULL,
  state                      VARCHAR(255)  NOT NULL,
  PRIMARY KEY (group_id, ended_at, process_instance_id)
);

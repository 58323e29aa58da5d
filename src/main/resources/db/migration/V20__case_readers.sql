-- Need to know as a list (GET /api/kasus/selesai): one row per finished case and role that may read it
-- (a step of the case was offered to the role or to one below it), copied from the case's grants when
-- it ends. The key orders a role's cases by their end, so a page of the list reads only its own rows
-- however long the history grows.
CREATE TABLE sop_case_reader (
  group_id                   VARCHAR(255)  NOT NULL,
  ended_at                   TIMESTAMP WITH TIME ZONE NOT NULL,
  process_instance_id        VARCHAR(64)   NOT NULL,
  PRIMARY KEY (group_id, ended_at, process_instance_id)
);

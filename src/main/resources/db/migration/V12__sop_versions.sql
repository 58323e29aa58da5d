-- Pembaruan SOP: every version of an SOP from its draft to in force and beyond (Permenpan RB
-- 35/2012; ISO 9001 7.5.2 and 7.5.3). A version keeps its files as submitted; the engine receives it
-- only when it comes into force, with the identity its approval gave it.
CREATE TABLE sop_version (
  id                         VARCHAR(36)   NOT NULL PRIMARY KEY,
  sop_key                    VARCHAR(255)  NOT NULL,
  state                      VARCHAR(16)   NOT NULL,
  file_name                  VARCHAR(1000) NOT NULL,
  submitted_by               VARCHAR(255)  NOT NULL,
  submitted_at               TIMESTAMP WITH TIME ZONE NOT NULL,
  revises_definition_id      VARCHAR(64),
  revision                   INTEGER,
  nomor                      VARCHAR(255),
  disahkan_oleh              VARCHAR(1000),
  approved_by                VARCHAR(255),
  approved_at                TIMESTAMP WITH TIME ZONE,
  effective_date             DATE,
  in_force_at                TIMESTAMP WITH TIME ZONE,
  deployment_id              VARCHAR(64),
  process_definition_id      VARCHAR(64),
  ended_at                   TIMESTAMP WITH TIME ZONE,
  note                       VARCHAR(2000)
);
CREATE INDEX sop_version_key ON sop_version (sop_key, state);

-- The version's files: its BPMN model and the forms that came with it.
CREATE TABLE sop_version_file (
  version_id                 VARCHAR(36)   NOT NULL,
  name                       VARCHAR(1000) NOT NULL,
  content                    VARCHAR(1000000) NOT NULL,
  PRIMARY KEY (version_id, name)
);

-- Its riwayat revisi: what changed against the version in force when it was submitted.
CREATE TABLE sop_version_change (
  version_id                 VARCHAR(36)   NOT NULL,
  position                   INTEGER       NOT NULL,
  kind                       VARCHAR(32)   NOT NULL,
  element_id                 VARCHAR(255)  NOT NULL,
  description                VARCHAR(4000) NOT NULL,
  PRIMARY KEY (version_id, position)
);

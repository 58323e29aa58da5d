-- Personal data (UU 27/2022). Which variables of an SOP version hold an applicant's personal data
-- (sop.data-pribadi) and which roles' steps show them, written when the version is deployed; and
-- every time a user was shown such a variable of a case.
CREATE TABLE sop_personal_field (
  deployment_id              VARCHAR(64)  NOT NULL,
  process_key                VARCHAR(255) NOT NULL,
  variable                   VARCHAR(255) NOT NULL,
  label                      VARCHAR(255) NOT NULL,
  role                       VARCHAR(255) NOT NULL,
  PRIMARY KEY (deployment_id, process_key, variable, role)
);

CREATE TABLE sop_personal_data_access (
  id                         VARCHAR(36)  NOT NULL PRIMARY KEY,
  accessed_at                TIMESTAMP WITH TIME ZONE NOT NULL,
  user_id                    VARCHAR(255) NOT NULL,
  process_instance_id        VARCHAR(64)  NOT NULL,
  process_definition_key     VARCHAR(255) NOT NULL,
  variables                  VARCHAR(2000) NOT NULL
);
CREATE INDEX sop_personal_data_access_instance ON sop_personal_data_access (process_instance_id);

-- Survei Kepuasan Masyarakat (PermenPAN-RB 14/2017): one answer per served instance, online on the
-- tracking page or entered from a paper questionnaire. u1..u9 are the nine unsur on the regulation's
-- 1-4 scale (null: not answered on paper). No name, no contact: the profile is optional and coarse.
CREATE TABLE sop_skm_response (
  id                         VARCHAR(36)  NOT NULL PRIMARY KEY,
  process_instance_id        VARCHAR(64)  NOT NULL UNIQUE,
  process_definition_key     VARCHAR(255) NOT NULL,
  process_definition_version INTEGER      NOT NULL,
  service_key                VARCHAR(255) NOT NULL,
  answered_at                TIMESTAMP WITH TIME ZONE NOT NULL,
  source                     VARCHAR(10)  NOT NULL,
  entered_by                 VARCHAR(255),
  u1 SMALLINT, u2 SMALLINT, u3 SMALLINT, u4 SMALLINT, u5 SMALLINT, u6 SMALLINT, u7 SMALLINT, u8 SMALLINT, u9 SMALLINT,
  jenis_kelamin              VARCHAR(20),
  usia                       SMALLINT,
  pendidikan                 VARCHAR(40),
  pekerjaan                  VARCHAR(40),
  saran                      VARCHAR(2000)
);
CREATE INDEX sop_skm_answered_idx ON sop_skm_response (answered_at);

-- The internal survey: services the office gives other agencies or staff (layanan-internal in their
-- Standar Pelayanan) are rated by one question, satisfied or not, reported as the percentage
-- satisfied beside the SKM. Like the SKM it is "tanpa nama": which instances were answered is kept in
-- sop_skm_answered, apart from the answers, which keep only their SOP, service, source and day.
CREATE TABLE sop_internal_response (
  id                          VARCHAR(36)   NOT NULL PRIMARY KEY,
  process_definition_key      VARCHAR(255)  NOT NULL,
  service_key                 VARCHAR(255)  NOT NULL,
  answered_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
  source                      VARCHAR(10)   NOT NULL,
  entered_by                  VARCHAR(255),
  satisfied                   BOOLEAN       NOT NULL,
  saran                       VARCHAR(2000)
);
CREATE INDEX sop_internal_response_answered_idx ON sop_internal_response (answered_at);

-- The citizen's receipt: each instance of a public SOP gets a tracking code at its start. The code
-- is the only key a citizen holds; it names no person.
CREATE TABLE sop_tracking (
  code                       CHAR(12)     NOT NULL PRIMARY KEY,
  process_instance_id        VARCHAR(64)  NOT NULL UNIQUE,
  process_definition_key     VARCHAR(255) NOT NULL,
  created_at                 TIMESTAMP WITH TIME ZONE NOT NULL
);

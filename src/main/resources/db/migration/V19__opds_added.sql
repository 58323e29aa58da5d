-- The perangkat daerah an administrator added while the server ran (POST /api/kota/opd): every node
-- takes them up, and every later start holds them next to those sop.processes.opds lists.
CREATE TABLE sop_opd_added (
  opd                        VARCHAR(64)   NOT NULL PRIMARY KEY,
  added_by                   VARCHAR(255)  NOT NULL,
  added_at                   TIMESTAMP WITH TIME ZONE NOT NULL
);

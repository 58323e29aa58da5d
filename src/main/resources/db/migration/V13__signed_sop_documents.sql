-- The approved version's SOP document as it was signed (PAdES), and the SHA-256 the public
-- verification page shows; "signed" is false where the office signs on paper (sop.signing.mode none).
CREATE TABLE sop_version_document (
  version_id                 VARCHAR(36)   NOT NULL PRIMARY KEY,
  content                    BYTEA         NOT NULL,
  sha256                     VARCHAR(64)   NOT NULL,
  signed                     BOOLEAN       NOT NULL,
  created_at                 TIMESTAMP WITH TIME ZONE NOT NULL
);

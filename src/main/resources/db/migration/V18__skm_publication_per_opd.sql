-- Each perangkat daerah publishes its own SKM periods: the publication names its OPD (its tenant id;
-- '' for one made before the installation held OPDs, which belongs to the first OPD listed).
CREATE TABLE sop_skm_publication_opd (
  opd                        VARCHAR(64)   NOT NULL,
  period_from                DATE          NOT NULL,
  period_to                  DATE          NOT NULL,
  published_by               VARCHAR(255)  NOT NULL,
  published_at               TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (opd, period_from, period_to)
);
INSERT INTO sop_skm_publication_opd (opd, period_from, period_to, published_by, published_at)
  SELECT '', period_from, period_to, published_by, published_at FROM sop_skm_publication;
DROP TABLE sop_skm_publication;
ALTER TABLE sop_skm_publication_opd RENAME TO sop_skm_publication;

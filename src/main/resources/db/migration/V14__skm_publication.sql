-- The SKM periods a supervisor published (PermenPAN-RB 14/2017: results are published): the public
-- page /skm shows these periods' figures, and nothing of a period before it is published.
CREATE TABLE sop_skm_publication (
  period_from                DATE          NOT NULL,
  period_to                  DATE          NOT NULL,
  published_by               VARCHAR(255)  NOT NULL,
  published_at               TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (period_from, period_to)
);

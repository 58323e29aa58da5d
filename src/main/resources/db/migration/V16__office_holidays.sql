-- Holidays kept by the office: each day off an administrator added (national, cuti bersama, the
-- city's own) or took away, over the yearly holiday files, with the decree that sets it, who recorded
-- it and when. Append-only: the latest change of a date is the one in force.
-- seq orders the changes (two made in one instant still have an order).
CREATE TABLE sop_holiday_change (
  seq            BIGINT        NOT NULL PRIMARY KEY,
  holiday_date   DATE          NOT NULL,
  action         VARCHAR(10)   NOT NULL,
  name           VARCHAR(255),
  kind           VARCHAR(20),
  decree         VARCHAR(500)  NOT NULL,
  recorded_by    VARCHAR(255)  NOT NULL,
  recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

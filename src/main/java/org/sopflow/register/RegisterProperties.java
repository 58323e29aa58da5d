package org.sopflow.register;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the service register ({@code sop.register.*}) says an SOP needs renewing.
 *
 * @param reviewPeriod an SOP whose {@code sop.tanggal-revisi} (or {@code tanggal-efektif}) is older is due for review
 * @param outsideLaneShare a step completed or reassigned outside its lane in at least this share of its runs
 * @param minRuns a step is "never reached" only when its SOP started at least this many times in the period
 */
@ConfigurationProperties("sop.register")
record RegisterProperties(@DefaultValue("P1Y") Period reviewPeriod,
                          @DefaultValue("0.2") double outsideLaneShare,
                          @DefaultValue("20") int minRuns) {

  RegisterProperties {
    if (reviewPeriod.isNegative() || reviewPeriod.isZero()) {
      throw new IllegalArgumentException("sop.register.review-period must be positive, e.g. P1Y");
    }
    if (outsideLaneShare <= 0 || outsideLaneShare > 1) {
      throw new IllegalArgumentException("sop.register.outside-lane-share is a share above 0 and up to 1, e.g. 0.2");
    }
    if (minRuns < 1) {
      throw new IllegalArgumentException("sop.register.min-runs must be at least 1");
    }
  }
}

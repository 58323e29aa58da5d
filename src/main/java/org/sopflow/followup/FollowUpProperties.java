package org.sopflow.followup;

import org.sopflow.calendar.StandardTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Follow-ups ({@code sop.follow-up.*}).
 *
 * @param defaultDue a follow-up named without a due date is due this long after it is made, on the working
 *     calendar ({@code 20 hari kerja})
 * @param checkWithin the effectiveness check is due this long after its period ends ({@code 10 hari kerja})
 * @param refreshCron when the open effectiveness checks get the figures of the day (their period's figures
 *     grow until it ends)
 */
@ConfigurationProperties("sop.follow-up")
public record FollowUpProperties(@DefaultValue("20 hari kerja") String defaultDue,
                                 @DefaultValue("10 hari kerja") String checkWithin,
                                 @DefaultValue("0 15 6 * * *") String refreshCron) {

  public FollowUpProperties {
    parse("sop.follow-up.default-due", defaultDue);
    parse("sop.follow-up.check-within", checkWithin);
  }

  StandardTime due() {
    return StandardTime.parse(defaultDue);
  }

  StandardTime check() {
    return StandardTime.parse(checkWithin);
  }

  private static void parse(String key, String value) {
    try {
      StandardTime.parse(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
    }
  }
}

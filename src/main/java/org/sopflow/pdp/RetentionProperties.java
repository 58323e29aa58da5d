package org.sopflow.pdp;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long finished cases are kept ({@code sop.retention.*}), for SOPs whose model states no
 * {@code sop.retensi} nor Camunda's {@code historyTimeToLive}.
 *
 * @param period a finished case's data is removed this long after it ended, as an archive schedule writes it
 *     ({@code 5 tahun}, {@code 18 bulan}, {@code 90 hari})
 * @param sweepCron when the SOP tables give up the rows of the cases Camunda's history clean-up removed (after
 *     its window, which {@code camunda.bpm.generic-properties} sets); a sent message leaves the outbox after
 *     {@code sop.notifications.keep-sent}
 */
@ConfigurationProperties("sop.retention")
public record RetentionProperties(@DefaultValue("5 tahun") String period,
                                  @DefaultValue("0 30 5 * * *") String sweepCron) {

  public RetentionProperties {
    try {
      Retention.days(period);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("sop.retention.period: " + e.getMessage(), e);
    }
  }

  int days() {
    return Retention.days(period);
  }
}

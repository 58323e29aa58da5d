package org.sopflow.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The period the figures cover, {@code [from, to)}, and optionally one version of the SOP.
 * Without dates it is the last six months (the Permenpan monitoring period), up to today included.
 */
public record TimingWindow(Instant from, Instant to, Integer version, Instant now) {

  public static TimingWindow of(Instant from, Instant to, Integer version, Instant now, ZoneId zone) {
    Instant end = to != null ? to : LocalDate.ofInstant(now, zone).plusDays(1).atStartOfDay(zone).toInstant();
    Instant start = from != null ? from : LocalDate.ofInstant(end, zone).minusMonths(6).atStartOfDay(zone).toInstant();
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException("from " + start + " must be before to " + end);
    }
    if (version != null && version < 1) {
      throw new IllegalArgumentException("version " + version + " is not a version; versions start at 1");
    }
    return new TimingWindow(start, end, version, now);
  }
}

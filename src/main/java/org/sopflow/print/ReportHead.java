package org.sopflow.print;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What a manager's printable report shows above its tables, for the partials {@code print/report-start}
 * (head and shared style) and {@code print/report-title} (heading and period).
 *
 * @param period {@code 1 Juni 2026 sampai 30 November 2026}
 * @param unit the perangkat daerah the report is of, printed under the heading; null for none
 */
public record ReportHead(String title, String heading, String period, String unit) {

  /** {@code 1 Juni 2026}. */
  public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id-ID"));

  /** The period from {@code from} to {@code to} (exclusive), as dates in {@code zone}. */
  public static ReportHead of(String title, String heading, Instant from, Instant to, ZoneId zone) {
    return new ReportHead(title, heading,
        DATE.format(from.atZone(zone)) + " sampai " + DATE.format(to.minusSeconds(1).atZone(zone)), null);
  }

  /** The same head, of one perangkat daerah (its name); unchanged for null. */
  public ReportHead of(String unit) {
    return new ReportHead(title, heading, period, unit);
  }

  /** A date as the reports write it, "–" for none. */
  public static String date(LocalDate date) {
    return date == null ? "–" : DATE.format(date);
  }
}

package org.sopflow.pdp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A retention period as an archive schedule (Jadwal Retensi Arsip) writes it: {@code 5 tahun},
 * {@code 18 bulan}, {@code 90 hari}, in days for Camunda's history time to live. A year counts 365
 * days and a leap day every four, a month 31: a case is never removed before its period is over.
 */
final class Retention {

  private static final Pattern PERIOD = Pattern.compile("\\s*(\\d{1,3})\\s+(tahun|bulan|hari)\\s*");

  private Retention() {
  }

  /** The days of a period; IllegalArgumentException saying what is accepted. */
  static int days(String period) {
    Matcher matcher = PERIOD.matcher(period == null ? "" : period.toLowerCase());
    if (!matcher.matches() || Integer.parseInt(matcher.group(1)) == 0) {
      throw new IllegalArgumentException("'" + period + "' is not a retention period; write a number and tahun, bulan"
          + " or hari, e.g. '5 tahun'");
    }
    int count = Integer.parseInt(matcher.group(1));
    return switch (matcher.group(2)) {
      case "tahun" -> count * 365 + (count + 3) / 4;
      case "bulan" -> count * 31;
      default -> count;
    };
  }
}

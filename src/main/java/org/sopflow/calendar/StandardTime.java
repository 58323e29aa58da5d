package org.sopflow.calendar;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A standard time as an SOP table writes it ({@code 2 jam}, {@code 3 hari kerja}, {@code PT30M}, {@code P3D}).
 * Days and weeks are working days (a week is five); minutes and hours are working time on the
 * SOP's calendar. The original text is kept so documents can print what the modeller wrote.
 */
public record StandardTime(String text, int workingDays, Duration clockTime) {

  private static final Pattern ISO = Pattern.compile(
      "P(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?=\\d)(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?");
  private static final Pattern PHRASE_PART = Pattern.compile(
      "(?:(\\d+)\\s*[x×]\\s*)?(\\d+(?:[.,]\\d+)?)\\s*(menit|jam|hari\\s*kerja|hari|minggu)");
  private static final int WORKING_DAYS_PER_WEEK = 5;

  public StandardTime {
    if (workingDays < 0 || clockTime.isNegative()) {
      throw new IllegalArgumentException("a standard time cannot be negative: " + text);
    }
  }

  /**
   * Reads an ISO-8601 duration or an Indonesian phrase, with or without spaces, in any case.
   *
   * @throws IllegalArgumentException naming the value and what would be accepted
   */
  public static StandardTime parse(String text) {
    if (text == null || text.isBlank()) {
      throw invalid(text);
    }
    String normalized = text.trim().toLowerCase(Locale.ROOT);
    StandardTime parsed = normalized.startsWith("p") ? parseIso(text, normalized.toUpperCase(Locale.ROOT))
        : parsePhrase(text, normalized);
    if (parsed.workingDays == 0 && parsed.clockTime.isZero()) {
      throw invalid(text);
    }
    return parsed;
  }

  /** The times one after another, written as their texts joined by "+"; null when there are none. */
  public static StandardTime sum(java.util.List<StandardTime> times) {
    if (times.isEmpty()) {
      return null;
    }
    return new StandardTime(String.join(" + ", times.stream().map(StandardTime::text).toList()),
        times.stream().mapToInt(StandardTime::workingDays).sum(),
        times.stream().map(StandardTime::clockTime).reduce(Duration.ZERO, Duration::plus));
  }

  /** Length in working seconds, given how many working seconds one working day has on the calendar. */
  public long seconds(long workingDaySeconds) {
    return workingDays * workingDaySeconds + clockTime.toSeconds();
  }

  @Override
  public String toString() {
    return text;
  }

  private static StandardTime parseIso(String text, String iso) {
    Matcher m = ISO.matcher(iso);
    if (!m.matches() || iso.equals("P")) {
      throw invalid(text);
    }
    int days = number(m.group(1)) * WORKING_DAYS_PER_WEEK + number(m.group(2));
    Duration clock = Duration.ofHours(number(m.group(3)))
        .plusMinutes(number(m.group(4)))
        .plusSeconds(number(m.group(5)));
    return new StandardTime(text.trim(), days, clock);
  }

  private static StandardTime parsePhrase(String text, String phrase) {
    Matcher m = PHRASE_PART.matcher(phrase);
    int days = 0;
    Duration clock = Duration.ZERO;
    int position = 0;
    while (m.find()) {
      if (!phrase.substring(position, m.start()).isBlank()) {
        throw invalid(text);
      }
      int factor = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
      double amount = factor * Double.parseDouble(m.group(2).replace(',', '.'));
      String unit = m.group(3).replaceAll("\\s+", " ");
      switch (unit) {
        case "menit" -> clock = clock.plusSeconds(Math.round(amount * 60));
        case "jam" -> clock = clock.plusSeconds(Math.round(amount * 3600));
        case "minggu" -> days += wholeDays(text, amount * WORKING_DAYS_PER_WEEK);
        default -> days += wholeDays(text, amount); // hari, hari kerja
      }
      position = m.end();
    }
    if (position == 0 || !phrase.substring(position).isBlank()) {
      throw invalid(text);
    }
    return new StandardTime(text.trim(), days, clock);
  }

  private static int wholeDays(String text, double days) {
    if (days != Math.rint(days)) {
      throw invalid(text);
    }
    return (int) days;
  }

  private static int number(String digits) {
    return digits == null ? 0 : Integer.parseInt(digits);
  }

  private static IllegalArgumentException invalid(String text) {
    return new IllegalArgumentException("'" + text + "' is not a standard time; use an ISO-8601 duration"
        + " (PT30M, PT2H, P3D) or a phrase such as '15 menit', '2 jam', '1 hari', '3 hari kerja', '1 minggu'");
  }

  /**
   * Seconds as an SOP table writes them, e.g. {@code 2 hari kerja 3 jam 30 menit} (whole minutes);
   * on a {@code 24-jam} calendar a day is a plain {@code hari} of 24 hours.
   */
  public static String describe(long seconds, long daySeconds, boolean roundTheClock) {
    java.util.List<String> parts = new java.util.ArrayList<>();
    long days = seconds / daySeconds;
    long rest = seconds % daySeconds;
    if (days > 0) {
      parts.add(days + (roundTheClock ? " hari" : " hari kerja"));
    }
    if (rest / 3600 > 0) {
      parts.add(rest / 3600 + " jam");
    }
    if (rest % 3600 / 60 > 0) {
      parts.add(rest % 3600 / 60 + " menit");
    }
    return parts.isEmpty() ? "0 menit" : String.join(" ", parts);
  }
}

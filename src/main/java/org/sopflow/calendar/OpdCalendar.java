package org.sopflow.calendar;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An OPD's own working hours and local holidays, as its {@code opd.yaml} writes them, on top of the
 * city's calendar ({@code sop.calendar.*}).
 *
 * @param jamKerja working periods per weekday by Indonesian day name ({@code senin} to {@code minggu}),
 *     replacing the city's week; empty: the city's hours
 * @param jamKerjaRamadan the same for Ramadan; empty: the city's Ramadan hours, or the OPD's own
 *     {@code jamKerja} where it has them
 * @param hariLibur the OPD's own days off, added to the city's
 */
public record OpdCalendar(Map<String, List<String>> jamKerja, Map<String, List<String>> jamKerjaRamadan,
                          List<Holiday> hariLibur) {

  /** The days off an OPD lists itself: a kind of its own, not a national one. */
  public static final String LIBUR_OPD = "libur-opd";

  private static final Map<String, DayOfWeek> HARI = Map.of("senin", DayOfWeek.MONDAY, "selasa", DayOfWeek.TUESDAY,
      "rabu", DayOfWeek.WEDNESDAY, "kamis", DayOfWeek.THURSDAY, "jumat", DayOfWeek.FRIDAY,
      "sabtu", DayOfWeek.SATURDAY, "minggu", DayOfWeek.SUNDAY);

  public static final OpdCalendar NONE = new OpdCalendar(Map.of(), Map.of(), List.of());

  public OpdCalendar {
    jamKerja = jamKerja == null ? Map.of() : jamKerja;
    jamKerjaRamadan = jamKerjaRamadan == null ? Map.of() : jamKerjaRamadan;
    hariLibur = hariLibur == null ? List.of() : List.copyOf(hariLibur);
  }

  public boolean isEmpty() {
    return jamKerja.isEmpty() && jamKerjaRamadan.isEmpty() && hariLibur.isEmpty();
  }

  /** The Indonesian name of a day, as {@code opd.yaml} writes it. */
  static String hari(DayOfWeek day) {
    return HARI.entrySet().stream().filter(entry -> entry.getValue() == day).findFirst().orElseThrow().getKey();
  }

  Map<DayOfWeek, List<String>> week(String property) {
    return byDay(jamKerja, property);
  }

  Map<DayOfWeek, List<String>> ramadanWeek(String property) {
    return byDay(jamKerjaRamadan, property);
  }

  private static Map<DayOfWeek, List<String>> byDay(Map<String, List<String>> byName, String property) {
    Map<DayOfWeek, List<String>> week = new EnumMap<>(DayOfWeek.class);
    byName.forEach((name, periods) -> {
      DayOfWeek day = HARI.get(name.trim().toLowerCase(Locale.ROOT).replace("'", ""));
      if (day == null) {
        throw new IllegalArgumentException(property + ": '" + name + "' is not a day; write senin, selasa, rabu,"
            + " kamis, jumat, sabtu or minggu");
      }
      week.put(day, periods == null ? List.of() : periods);
    });
    return week;
  }
}

package org.sopflow.holiday;

import java.time.Instant;
import java.time.LocalDate;
import org.sopflow.calendar.Holiday;

/**
 * One change the office made to its holidays, as recorded: a day off added ({@code TAMBAH}) or a
 * listed one taken away ({@code HAPUS}), on the authority of a decree.
 *
 * @param dasar the decree that sets it (e.g. "SKB 3 Menteri No. ... Tahun 2026", "Keputusan Wali Kota ...")
 */
record HolidayChange(LocalDate tanggal, Action aksi, String nama, String jenis, String dasar, String oleh,
                     Instant pada) {

  enum Action { TAMBAH, HAPUS }

  /** The kinds of day off, as the holiday files name them. */
  static final java.util.List<String> KINDS = java.util.List.of("libur-nasional", "cuti-bersama", Holiday.DAERAH);

  Holiday holiday() {
    return new Holiday(tanggal, nama, jenis);
  }
}

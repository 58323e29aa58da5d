package org.sopflow.model;

import java.util.List;

/**
 * The {@code sop.*} extension properties the engine reads (names without the prefix), as
 * {@code docs/sop-model.md} describes them. The lint warns about any other {@code sop.*} name, and the
 * Camunda Modeler element templates bind exactly these.
 */
public final class SopVocabulary {

  public static final String PREFIX = "sop.";
  /** Identity of the SOP document every SOP must state (Permenpan RB 35/2012), plus its service time. */
  public static final List<String> REQUIRED_IDENTITY = List.of("nomor", "jenis", "bidang", "tanggal-pembuatan",
      "tanggal-efektif", "disahkan-oleh", "dasar-hukum", "kualifikasi-pelaksana", "keterkaitan", "peralatan",
      "peringatan", "pencatatan", "waktu-layanan");
  /**
   * Every property of the process: the required identity, the revision date, the calendar, and
   * whether citizens are served by it (a public service without a Standar Pelayanan file).
   */
  public static final List<String> PROCESS = concat(REQUIRED_IDENTITY, List.of("tanggal-revisi", "kalender",
      "layanan-publik"));
  /**
   * Every property of an activity: its mutu baku (with the source of its standard time), the
   * service extension it may grant, the service standard of the path it begins, its own calendar,
   * waiting for the applicant, and the date variable it is due by.
   */
  public static final List<String> STEP = List.of("waktu", "sumber-waktu", "kelengkapan", "output", "keterangan",
      "perpanjangan-layanan", "waktu-layanan", "kalender", "menunggu-pemohon", "tenggat-dari");
  /** The one property an intermediate catch event may carry: the office waits there for the applicant. */
  public static final String WAITING = "menunggu-pemohon";
  /** The one property of an end event: how the citizen's request ended there ({@code sop.status}). */
  public static final String END = "status";
  /** The outcomes an end event may name; {@code selesai} when it names none. */
  public static final List<String> END_STATUS = List.of("selesai", "ditolak", "dikembalikan");
  /** The kinds of SOP ({@code sop.jenis}). */
  public static final List<String> JENIS = List.of("administratif", "teknis");

  private SopVocabulary() {
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}

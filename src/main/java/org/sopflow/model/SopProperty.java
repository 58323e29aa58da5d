package org.sopflow.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sopflow.calendar.CalendarKind;
import org.sopflow.calendar.StandardTime;

/**
 * Every {@code sop.*} extension property a model may carry, declared once: its name, where it may
 * stand, how its value is read, and what a modeller reads about it (label and help, in Indonesian).
 * {@link SopReader} interprets them; the lint, the SOP table, its guide and the Camunda Modeler
 * element templates are driven by these declarations. {@code docs/sop-model.md} explains them.
 */
public enum SopProperty {

  // the identity an approval gives (pembaruan SOP): written into the version's model, not by the modeller
  NOMOR("nomor", Place.PROCESS, Value.TEXT, false, "Nomor SOP",
      "Diisi saat pengesahan; kosongkan (dokumen menulis 'belum disahkan').", "identitas"),
  JENIS("jenis", Place.PROCESS, Value.JENIS, true, "Jenis SOP",
      "Administratif: beberapa pelaksana (lane); teknis: satu pelaksana.", "identitas"),
  BIDANG("bidang", Place.PROCESS, Value.TEXT, true, "Bidang", "Bidang pemilik SOP.", "identitas"),
  TANGGAL_PEMBUATAN("tanggal-pembuatan", Place.PROCESS, Value.DATE, false, "Tanggal pembuatan",
      "Diisi saat pengesahan: tanggal efektif edisi pertama.", "identitas"),
  TANGGAL_REVISI("tanggal-revisi", Place.PROCESS, Value.DATE, false, "Tanggal revisi",
      "Diisi saat pengesahan: tanggal efektif revisi ini, '-' pada edisi pertama.", "identitas"),
  TANGGAL_EFEKTIF("tanggal-efektif", Place.PROCESS, Value.DATE, false, "Tanggal efektif",
      "Diisi saat pengesahan: tanggal SOP mulai berlaku.", "identitas"),
  DISAHKAN_OLEH("disahkan-oleh", Place.PROCESS, Value.TEXT, false, "Disahkan oleh",
      "Diisi saat pengesahan: jabatan pejabat yang mengesahkan.", "identitas"),
  DASAR_HUKUM("dasar-hukum", Place.PROCESS, Value.TEXT, true, "Dasar hukum", "Pisahkan dengan titik koma.",
      "identitas"),
  KUALIFIKASI_PELAKSANA("kualifikasi-pelaksana", Place.PROCESS, Value.TEXT, true, "Kualifikasi pelaksana",
      "Kompetensi yang harus dimiliki pelaksana.", "pelaksanaan"),
  KETERKAITAN("keterkaitan", Place.PROCESS, Value.TEXT, true, "Keterkaitan", "SOP lain yang terkait.",
      "pelaksanaan"),
  PERALATAN("peralatan", Place.PROCESS, Value.TEXT, true, "Peralatan/perlengkapan",
      "Peralatan dan perlengkapan yang dipakai.", "pelaksanaan"),
  PERINGATAN("peringatan", Place.PROCESS, Value.TEXT, true, "Peringatan", "Akibat bila SOP tidak dilaksanakan.",
      "pelaksanaan"),
  PENCATATAN("pencatatan", Place.PROCESS, Value.TEXT, true, "Pencatatan dan pendataan",
      "Apa yang dicatat dan didata.", "pelaksanaan"),
  WAKTU_LAYANAN("waktu-layanan", Place.PROCESS, Value.TIME, true, "Waktu layanan",
      "Standar waktu seluruh layanan, mis. '10 hari kerja'.", "waktu"),
  KALENDER("kalender", Place.PROCESS, Value.CALENDAR, false, "Kalender",
      "Hari kerja (libur nasional dan cuti bersama tidak dihitung) atau 24 jam.", "waktu"),
  LAYANAN_PUBLIK("layanan-publik", Place.PROCESS, Value.FLAG, false, "Layanan publik",
      "Ya bila warga dilayani dengan SOP ini tanpa berkas Standar Pelayanan: setiap permohonan mendapat kode lacak"
          + " dan tanda bukti.", "identitas"),
  INSTANSI("instansi", Place.PROCESS, Value.VARIABLE, false, "Variabel instansi tujuan",
      "Variabel yang menyebut OPD tujuan, mis. 'opdTujuan': langkah pada lajur peran per instansi (per-agency di"
          + " roles.yaml) ditawarkan hanya kepada peran OPD itu.", "pelaksanaan"),
  RETENSI("retensi", Place.PROCESS, Value.TEXT, false, "Masa retensi",
      "Berapa lama data kasus yang selesai disimpan, menurut Jadwal Retensi Arsip, mis. '5 tahun', '18 bulan';"
          + " kosongkan untuk memakai bawaan konfigurasi (sop.retention.period).", "pelaksanaan"),
  DATA_PRIBADI("data-pribadi", Place.PROCESS, Value.TEXT, false, "Data pribadi",
      "Variabel yang memuat data pribadi pemohon (UU 27/2022), dipisahkan koma, mis. 'namaPemohon, nomorIdentitas':"
          + " hanya terlihat oleh peran yang formulir langkahnya menampilkannya, tidak pernah di laporan.",
      "identitas"),

  WAKTU("waktu", Place.STEP, Value.TIME, false, "Waktu standar",
      "Batas waktu langkah pada kalender kerja; tenggat tugas dihitung dari sini. Wajib, kecuali langkah menunggu"
          + " pemohon; dengan 'Tenggat dari tanggal' ini waktu sebelum tanggal itu.", "mutu-baku"),
  SUMBER_WAKTU("sumber-waktu", Place.STEP, Value.TEXT, false, "Sumber waktu standar",
      "Dari mana waktu standar berasal: peraturan (mis. 'UU 14/2008 Pasal 22 ayat 7') atau ketetapan Diskominfo"
          + " sendiri. Dicetak sekali di bawah tabel dokumen SOP.", "mutu-baku"),
  KELENGKAPAN("kelengkapan", EnumSet.of(Place.STEP, Place.WAIT), Value.TEXT, false, "Kelengkapan",
      "Persyaratan atau masukan yang harus ada sebelum langkah dikerjakan; pada peristiwa menunggu pemohon, apa"
          + " yang ditunggu.", "mutu-baku"),
  OUTPUT("output", Place.STEP, Value.TEXT, true, "Output", "Hasil yang diserahkan langkah ini.", "mutu-baku"),
  KETERANGAN("keterangan", EnumSet.of(Place.STEP, Place.WAIT), Value.TEXT, false, "Keterangan",
      "Catatan tambahan untuk kolom Keterangan.", "mutu-baku"),
  PERPANJANGAN_LAYANAN("perpanjangan-layanan", Place.STEP, Value.TIME, false, "Perpanjangan waktu layanan",
      "Isi hanya bila selesainya langkah ini memperpanjang waktu layanan satu kali (mis. '7 hari kerja').",
      "mutu-baku"),
  WAKTU_LAYANAN_JALUR("waktu-layanan", Place.STEP, Value.TIME, false, "Waktu layanan jalur ini",
      "Isi hanya bila langkah ini memulai jalur satu jenis permohonan dengan standarnya sendiri (mis. laporan yang"
          + " perlu koordinasi: '19 hari kerja'); dihitung dari awal layanan.", "mutu-baku"),
  KALENDER_LANGKAH("kalender", Place.STEP, Value.CALENDAR, false, "Kalender langkah",
      "Kosongkan agar mengikuti kalender SOP; '24 jam' untuk langkah yang berjalan setiap hari (mis. siaran Radio"
          + " Suara Kota) di dalam SOP hari kerja.", "mutu-baku"),
  MENUNGGU_PEMOHON("menunggu-pemohon", EnumSet.of(Place.STEP, Place.WAIT), Value.FLAG, false, "Menunggu pemohon",
      "Ya: di langkah ini kantor menunggu pemohon (kelengkapan berkas, perbaikan, pembayaran). Waktunya tidak"
          + " dihitung dalam waktu layanan, dan langkah ini tidak punya waktu standar.", "mutu-baku"),
  TENGGAT_DARI("tenggat-dari", Place.STEP, Value.VARIABLE, false, "Tenggat dari tanggal (variabel)",
      "Nama variabel tanggal permohonan yang menjadi tenggat langkah ini, mis. 'tanggalAcara'. Waktu standar (bila"
          + " diisi) dibaca sebagai waktu sebelum tanggal itu.", "mutu-baku"),

  STATUS("status", Place.END, Value.STATUS, false, "Status akhir",
      "Selesai (default), ditolak atau dikembalikan kepada pemohon.", "hasil");

  public static final String PREFIX = "sop.";

  /** Where a property may stand. */
  public enum Place {
    /** The process: the SOP's identity page. */
    PROCESS,
    /** An activity: a step (kegiatan) with its mutu baku. */
    STEP,
    /** An intermediate catch event where the office waits for the applicant. */
    WAIT,
    /** An end event: how the request ended there. */
    END
  }

  /** How a property's value is read, and the choices a modeller has where there are few. */
  public enum Value {
    TEXT,
    /** A standard time as {@link StandardTime} reads it. */
    TIME,
    /** A date {@code YYYY-MM-DD}, or {@code -} when there is none (printed as written). */
    DATE,
    /** A process variable's name. */
    VARIABLE,
    FLAG(new Choice("false", "Tidak"), new Choice("true", "Ya")),
    CALENDAR(new Choice(CalendarKind.HARI_KERJA.value(), "Hari kerja"),
        new Choice(CalendarKind.ROUND_THE_CLOCK.value(), "24 jam")),
    JENIS(new Choice("administratif", "Administratif"), new Choice("teknis", "Teknis")),
    STATUS(new Choice("selesai", "Selesai"), new Choice("ditolak", "Ditolak"),
        new Choice("dikembalikan", "Dikembalikan"));

    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final List<Choice> choices;

    Value(Choice... choices) {
      this.choices = List.of(choices);
    }

    /** The values a modeller may choose from; empty where any text of the kind is read. */
    public List<Choice> choices() {
      return choices;
    }

    public List<String> choiceValues() {
      return choices.stream().map(Choice::value).toList();
    }
  }

  /** One value of a property with few, and its name in the Modeler's drop-down. */
  public record Choice(String value, String name) {
  }

  private final String shortName;
  private final Set<Place> places;
  private final Value value;
  private final boolean required;
  private final String label;
  private final String help;
  private final String group;

  SopProperty(String shortName, Place place, Value value, boolean required, String label, String help, String group) {
    this(shortName, EnumSet.of(place), value, required, label, help, group);
  }

  SopProperty(String shortName, Set<Place> places, Value value, boolean required, String label, String help,
              String group) {
    this.shortName = shortName;
    this.places = Set.copyOf(places);
    this.value = value;
    this.required = required;
    this.label = label;
    this.help = help;
    this.group = group;
  }

  /** The name without the prefix, as the models' property maps key it: {@code waktu}. */
  public String shortName() {
    return shortName;
  }

  /** The name as written in a model: {@code sop.waktu}. */
  public String fullName() {
    return PREFIX + shortName;
  }

  public Set<Place> places() {
    return places;
  }

  public boolean standsAt(Place place) {
    return places.contains(place);
  }

  public Value value() {
    return value;
  }

  /**
   * Whether every model should state it: on the process, part of the SOP document's identity
   * (Permenpan RB 35/2012); on a step, what every user task must say.
   */
  public boolean required() {
    return required;
  }

  /** The modeller's name for it, in Indonesian (element templates, the table's guide, form heads). */
  public String label() {
    return label;
  }

  /** One or two sentences of Indonesian help. */
  public String help() {
    return help;
  }

  /** The group of the element template's properties panel it belongs to. */
  public String group() {
    return group;
  }

  /** The property of that name at that place. */
  public static Optional<SopProperty> at(Place place, String shortName) {
    return Arrays.stream(values()).filter(property -> property.standsAt(place) && property.shortName.equals(shortName))
        .findFirst();
  }

  /** Every property that may stand at the place, in declaration order. */
  public static List<SopProperty> allAt(Place place) {
    return Arrays.stream(values()).filter(property -> property.standsAt(place)).toList();
  }

  /** Their short names, in declaration order. */
  public static List<String> namesAt(Place place) {
    return allAt(place).stream().map(SopProperty::shortName).toList();
  }

  /** The written value of this property in an element's {@code sop.*} properties (keyed by short name), or null. */
  public String in(java.util.Map<String, String> written) {
    return written.get(shortName);
  }

  /**
   * What is wrong with a written value, in the modeller's words ({@code sop.kalender 'x' is not a
   * calendar; use ...}), or empty when it reads. Dates and texts are printed as written.
   */
  public Optional<String> problem(String written) {
    if (written == null) {
      return Optional.empty();
    }
    return switch (value) {
      case TIME -> timeProblem(written);
      case VARIABLE -> Value.VARIABLE_NAME.matcher(written).matches() ? Optional.empty()
          : Optional.of(fullName() + " '" + written + "' is not a process variable name; name the date variable of"
              + " the request, e.g. 'tanggalAcara'");
      case FLAG -> written.equalsIgnoreCase("true") || written.equalsIgnoreCase("false") ? Optional.empty()
          : Optional.of(fullName() + " '" + written + "' is neither 'true' nor 'false'");
      case CALENDAR -> CalendarKind.fromValue(written).isPresent() ? Optional.empty()
          : Optional.of(fullName() + " '" + written + "' is not a calendar; use '" + CalendarKind.HARI_KERJA.value()
              + "' or '" + CalendarKind.ROUND_THE_CLOCK.value() + "'");
      case JENIS -> value.choiceValues().contains(written) ? Optional.empty()
          : Optional.of(fullName() + " '" + written + "' is not a kind of SOP; use "
              + String.join(" or ", value.choiceValues()));
      case STATUS -> value.choiceValues().contains(written) ? Optional.empty()
          : Optional.of(fullName() + " '" + written + "' is not an outcome; use "
              + String.join(", ", value.choiceValues()));
      case TEXT, DATE -> Optional.empty();
    };
  }

  private Optional<String> timeProblem(String written) {
    try {
      StandardTime.parse(written);
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of(fullName() + " " + e.getMessage());
    }
  }
}

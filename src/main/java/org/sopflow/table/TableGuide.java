package org.sopflow.table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sopflow.model.SopProperty;
import org.sopflow.model.SopProperty.Place;

/** The Indonesian explanations of the workbook: beside each identity field, and the Petunjuk sheet. */
final class TableGuide {

  static final Map<String, String> IDENTITY = identity();
  static final Map<String, String> COLUMNS = columns();
  /** The step properties without a column of their own, explained in the Petunjuk below the columns. */
  static final List<SopProperty> OTHER_STEP_PROPERTIES = SopProperty.allAt(Place.STEP).stream()
      .filter(property -> !TableParser.MUTU_BAKU.contains(property)).toList();

  private TableGuide() {
  }

  /** The fields of the Identitas sheet that are not {@code sop.*} properties of the model. */
  private static Map<String, String> identity() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("kunci", "Kunci SOP: huruf kecil dan tanda hubung, mis. pkp-peliputan-kegiatan (wajib)");
    fields.put("nama", "Nama SOP (wajib)");
    fields.put("unit", "Unit kerja pemilik SOP, mis. Dinas Komunikasi dan Informatika Kota Probolinggo");
    fields.put("uraian", "Uraian singkat tujuan SOP");
    fields.put("versi", "Versi model (boleh kosong)");
    return fields;
  }

  /** A property's explanation beside its field: its label and help, and the values it takes where there are few. */
  static String help(SopProperty property) {
    List<String> choices = property.value().choiceValues();
    return property.label() + ": " + property.help() + (choices.isEmpty() ? "" : " Isi: " + String.join(", ", choices)
        + ".");
  }

  private static Map<String, String> columns() {
    Map<String, String> columns = new LinkedHashMap<>();
    columns.put("Lembar Identitas", "Satu isian per baris: nama isian di kolom A, isinya di kolom C. Kunci dan nama"
        + " wajib; isian lain sesuai Permenpan RB 35/2012.");
    columns.put("No", "Nomor urut kegiatan (1, 2, 3, ...). Cabang merujuk nomor ini.");
    columns.put("Kegiatan", "Uraian kegiatan; untuk keputusan, pertanyaannya (mis. Berkas lengkap?).");
    columns.put("Pelaksana", "Satu kolom per pelaksana di antara Kegiatan dan Kelengkapan; judul kolom = id atau nama"
        + " peran di roles.yaml. Tulis simbol hanya di kolom pelaksana kegiatan itu: mulai (kegiatan pertama), proses,"
        + " keputusan, atau selesai (kegiatan terakhir sebuah jalur).");
    columns.put("Kelengkapan", "Mutu baku: kelengkapan (masukan) kegiatan.");
    columns.put("Waktu", "Mutu baku: waktu standar, mis. 15 menit, 2 jam, 1 hari kerja, PT2H. Wajib untuk kegiatan,"
        + " kecuali menunggu pemohon.");
    columns.put("Output", "Mutu baku: keluaran kegiatan.");
    columns.put("Keterangan", "Catatan bebas.");
    columns.put("Cabang", "Kosong: lanjut ke baris berikutnya. Keputusan: setiap jawaban dan barisnya,"
        + " mis. 'Ya: 5; Tidak: 3' (jawaban 'selesai' mengakhiri prosedur). Kegiatan: nomor baris tujuan bila tidak ke"
        + " baris berikutnya, atau '5 & 6' bila kedua baris dikerjakan bersamaan.");
    columns.put("Akhir", "Boleh kosong. Untuk akhir prosedur: 'id | status | nama', status selesai, ditolak atau"
        + " dikembalikan.");
    columns.put("Id", "Boleh kosong: diisi saat ekspor agar model tetap memakai id yang sama.");
    columns.put("Properti lain", "Boleh kosong: properti langkah lain, mis. 'sop.menunggu-pemohon=true;"
        + " sop.perpanjangan-layanan=7 hari kerja'. Setiap properti dijelaskan di bawah.");
    columns.put("Impor", "java -jar sopflow.jar --import-sop tabel.xlsx processes/<bidang>/ (atau CSV dengan baris"
        + " [Identitas] dan [Prosedur] sebelum tiap lembar).");
    return columns;
  }
}

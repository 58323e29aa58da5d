package org.sopflow.table;

import java.util.LinkedHashMap;
import java.util.Map;

/** The Indonesian explanations of the workbook: beside each identity field, and the Petunjuk sheet. */
final class TableGuide {

  static final Map<String, String> IDENTITY = identity();
  static final Map<String, String> COLUMNS = columns();

  private TableGuide() {
  }

  private static Map<String, String> identity() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("kunci", "Kunci SOP: huruf kecil dan tanda hubung, mis. pkp-peliputan-kegiatan (wajib)");
    fields.put("nama", "Nama SOP (wajib)");
    fields.put("unit", "Unit kerja pemilik SOP, mis. Dinas Komunikasi dan Informatika Kota Probolinggo");
    fields.put("uraian", "Uraian singkat tujuan SOP");
    fields.put("versi", "Versi model (boleh kosong)");
    fields.put("sop.nomor", "Nomor SOP");
    fields.put("sop.jenis", "administratif atau teknis");
    fields.put("sop.bidang", "Bidang pemilik SOP");
    fields.put("sop.tanggal-pembuatan", "Tanggal pembuatan (2026-11-30)");
    fields.put("sop.tanggal-efektif", "Tanggal efektif");
    fields.put("sop.disahkan-oleh", "Pejabat yang mengesahkan");
    fields.put("sop.dasar-hukum", "Dasar hukum");
    fields.put("sop.kualifikasi-pelaksana", "Kualifikasi pelaksana");
    fields.put("sop.keterkaitan", "SOP yang terkait");
    fields.put("sop.peralatan", "Peralatan dan perlengkapan");
    fields.put("sop.peringatan", "Peringatan");
    fields.put("sop.pencatatan", "Pencatatan dan pendataan");
    fields.put("sop.waktu-layanan", "Waktu layanan seluruh prosedur, mis. 10 hari kerja");
    fields.put("sop.tanggal-revisi", "Tanggal revisi");
    fields.put("sop.kalender", "hari-kerja (bawaan) atau 24-jam");
    fields.put("sop.layanan-publik", "true bila warga dilayani dan dapat melacak permohonannya");
    return fields;
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
        + " sop.perpanjangan-layanan=7 hari kerja'.");
    columns.put("Impor", "java -jar sopflow.jar --import-sop tabel.xlsx processes/<bidang>/ (atau CSV dengan baris"
        + " [Identitas] dan [Prosedur] sebelum tiap lembar).");
    return columns;
  }
}

package org.sopflow.register;

/**
 * What the register finds, in the words of the yearly SOP evaluation: an SP without SOP, and an SOP
 * that no longer matches what is done ("kegiatan") or by whom ("pelaksana"), with what to do about it.
 */
public enum FindingKind {
  SP_TANPA_SOP("layanan", "Standar Pelayanan tanpa SOP", "susun SOP"),
  MASA_TINJAU_LEWAT("dokumen", "SOP melewati masa peninjauan", "tinjau SOP"),
  PERAN_TANPA_PELAKSANA("pelaksana", "Peran tanpa pelaksana aktif", "perbarui pelaksana"),
  DI_LUAR_PERAN("pelaksana", "Langkah dikerjakan di luar perannya", "perbarui pelaksana"),
  LAMBAT_DUA_PERIODE("kegiatan", "Langkah melewati waktu standar dua periode berturut-turut", "perbarui waktu standar"),
  LANGKAH_DILEWATI("kegiatan", "Langkah dilewati", "tinjau langkah"),
  LANGKAH_TIDAK_DICAPAI("kegiatan", "Langkah tidak pernah dicapai", "tinjau langkah"),
  SOP_TIDAK_DIJALANKAN("kegiatan", "SOP tidak dijalankan dalam periode", "tinjau SOP"),
  KALENDER_TANPA_LIBUR("kalender", "Tahun tanpa daftar hari libur", "tambahkan daftar hari libur tahun itu");

  private final String aspek;
  private final String label;
  private final String tindakan;

  FindingKind(String aspek, String label, String tindakan) {
    this.aspek = aspek;
    this.label = label;
    this.tindakan = tindakan;
  }

  /** What has drifted: layanan, dokumen, pelaksana, kegiatan, or the kalender every deadline counts on. */
  public String aspek() {
    return aspek;
  }

  public String label() {
    return label;
  }

  /** The suggested action. */
  public String tindakan() {
    return tindakan;
  }
}

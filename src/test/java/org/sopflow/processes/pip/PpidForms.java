package org.sopflow.processes.pip;

/** What the desk officer fills in on the registration form, as a REST completion body. */
public final class PpidForms {

  private PpidForms() {
  }

  public static String registration(String namaPemohon) {
    return "{\"variables\":{"
        + "\"nomorRegistrasi\":{\"value\":\"REG-001\"},"
        + "\"namaPemohon\":{\"value\":\"" + namaPemohon + "\"},"
        + "\"jenisPemohon\":{\"value\":\"perorangan\"},"
        + "\"nomorIdentitas\":{\"value\":\"3574010101900001\"},"
        + "\"alamatPemohon\":{\"value\":\"Jl. Panglima Sudirman 19, Probolinggo\"},"
        + "\"kontakPemohon\":{\"value\":\"siti@example.org\"},"
        + "\"rincianInformasi\":{\"value\":\"Daftar titik wifi publik\"},"
        + "\"tujuanPenggunaan\":{\"value\":\"Penelitian\"},"
        + "\"caraMemperoleh\":{\"value\":\"melihat\"}}}";
  }
}

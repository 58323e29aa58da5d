package org.sopflow.survey;

import java.util.List;

/**
 * The nine unsur of the Survei Kepuasan Masyarakat (PermenPAN-RB 14/2017), each asked with its own
 * question and its own four answers, worth 1 to 4 in that order.
 */
public enum Unsur {
  PERSYARATAN("Persyaratan", "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
      "Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"),
  PROSEDUR("Sistem, mekanisme, dan prosedur", "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
      "Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"),
  WAKTU("Waktu penyelesaian", "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
      "Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"),
  BIAYA("Biaya/tarif", "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?",
      "Sangat mahal", "Cukup mahal", "Murah", "Gratis"),
  PRODUK("Produk spesifikasi jenis pelayanan", "Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara"
      + " yang tercantum dalam standar pelayanan dengan hasil yang diberikan?",
      "Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"),
  KOMPETENSI("Kompetensi pelaksana", "Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?",
      "Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"),
  PERILAKU("Perilaku pelaksana", "Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan"
      + " dan keramahan?", "Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah"),
  PENGADUAN("Penanganan pengaduan, saran dan masukan", "Bagaimana pendapat Saudara tentang penanganan pengaduan"
      + " pengguna layanan?", "Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik"),
  SARANA("Sarana dan prasarana", "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?",
      "Buruk", "Cukup", "Baik", "Sangat baik");

  private final String label;
  private final String question;
  private final List<String> answers;

  Unsur(String label, String question, String... answers) {
    this.label = label;
    this.question = question;
    this.answers = List.of(answers);
  }

  public String label() {
    return label;
  }

  public String question() {
    return question;
  }

  /** The answers worth 1, 2, 3 and 4. */
  public List<String> answers() {
    return answers;
  }

  /** The form field and JSON name: {@code u1} to {@code u9}. */
  public String field() {
    return "u" + number();
  }

  /** 1 to 9, the order of the regulation. */
  public int number() {
    return ordinal() + 1;
  }

  /**
   * The question's number on the regulation's sample questionnaire, which asks sarana dan prasarana
   * as question 8 and penanganan pengaduan as question 9 (the regulation's unsur 9 and 8).
   */
  public int pertanyaan() {
    return this == SARANA ? 8 : this == PENGADUAN ? 9 : number();
  }

  /** The form field of a paper questionnaire entered by question number: {@code p1} to {@code p9}. */
  public String questionField() {
    return "p" + pertanyaan();
  }

  /** The unsur in the order the sample questionnaire asks them. */
  public static List<Unsur> inQuestionnaireOrder() {
    return java.util.Arrays.stream(values()).sorted(java.util.Comparator.comparingInt(Unsur::pertanyaan)).toList();
  }
}

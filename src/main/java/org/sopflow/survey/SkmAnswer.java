package org.sopflow.survey;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One questionnaire: the value (1-4) of each unsur answered, and the optional respondent profile of
 * the regulation's form. {@link #read} checks a form or JSON body and names the bad field.
 */
public record SkmAnswer(Map<Unsur, Integer> values, String jenisKelamin, Integer usia, String pendidikan,
                        String pekerjaan, String saran) {

  public static final List<String> JENIS_KELAMIN = List.of("laki-laki", "perempuan");
  public static final List<String> PENDIDIKAN = List.of("SD ke bawah", "SMP", "SMA", "D1-D3", "D4/S1", "S2 ke atas");
  public static final List<String> PEKERJAAN = List.of("PNS", "TNI", "POLRI", "Swasta", "Wirausaha", "Lainnya");
  public static final int SARAN_LENGTH = 2000;

  public SkmAnswer {
    values = values.isEmpty() ? Map.of() : new EnumMap<>(values);
  }

  /**
   * Reads fields {@code u1}..{@code u9} (1-4, by the regulation's unsur) or, for a paper questionnaire
   * typed by its question numbers, {@code p1}..{@code p9} (the sample form asks sarana as 8 and
   * pengaduan as 9), and {@code jenisKelamin}, {@code usia}, {@code pendidikan}, {@code pekerjaan},
   * {@code saran}; every unsur is required online, a paper form may leave some out.
   */
  public static SkmAnswer read(Map<String, String> fields, boolean everyUnsur) {
    boolean byQuestion = Unsur.inQuestionnaireOrder().stream().anyMatch(unsur -> fields.containsKey(unsur.questionField()));
    if (byQuestion && java.util.Arrays.stream(Unsur.values()).anyMatch(unsur -> fields.containsKey(unsur.field()))) {
      throw new IllegalArgumentException("u1..u9 (by unsur) or p1..p9 (by question of the sample form), not both");
    }
    Map<Unsur, Integer> values = new EnumMap<>(Unsur.class);
    for (Unsur unsur : Unsur.values()) {
      String field = byQuestion ? unsur.questionField() : unsur.field();
      String value = blankAsNull(fields.get(field));
      if (value == null) {
        if (everyUnsur) {
          throw new IllegalArgumentException(field + " (" + unsur.label() + ") is not answered; choose 1 to 4");
        }
        continue;
      }
      if (!value.matches("[1-4]")) {
        throw new IllegalArgumentException(field + " (" + unsur.label() + ") '" + value + "' is not 1, 2, 3 or 4");
      }
      values.put(unsur, Integer.parseInt(value));
    }
    if (values.isEmpty()) {
      throw new IllegalArgumentException(byQuestion ? "p1..p9: no question is answered" : "u1..u9: no unsur is answered");
    }
    String saran = blankAsNull(fields.get("saran"));
    if (saran != null && saran.length() > SARAN_LENGTH) {
      throw new IllegalArgumentException("saran is longer than " + SARAN_LENGTH + " characters");
    }
    return new SkmAnswer(values, choice(fields, "jenisKelamin", JENIS_KELAMIN), usia(fields.get("usia")),
        choice(fields, "pendidikan", PENDIDIKAN), choice(fields, "pekerjaan", PEKERJAAN), saran);
  }

  private static String choice(Map<String, String> fields, String field, List<String> choices) {
    String value = blankAsNull(fields.get(field));
    if (value != null && !choices.contains(value)) {
      throw new IllegalArgumentException(field + " '" + value + "' is not one of " + choices);
    }
    return value;
  }

  private static Integer usia(String text) {
    String value = blankAsNull(text);
    if (value == null) {
      return null;
    }
    if (!value.matches("\\d{1,3}") || Integer.parseInt(value) < 10 || Integer.parseInt(value) > 110) {
      throw new IllegalArgumentException("usia '" + value + "' is not an age in years (10 to 110)");
    }
    return Integer.parseInt(value);
  }

  private static String blankAsNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}

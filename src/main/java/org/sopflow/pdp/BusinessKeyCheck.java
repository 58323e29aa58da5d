package org.sopflow.pdp;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A case's register number (Camunda's business key) appears in reports, the XES log and the
 * maladministration log, which is kept after the case's retention: it must not hold an applicant's
 * personal data. Refuses one that looks like a NIK, a telephone number or an e-mail address, or
 * that contains the value of a variable the SOP declares personal. The messages never repeat the
 * value, as they may be logged.
 */
public final class BusinessKeyCheck {

  /** Spaces, dots and dashes between digits, as people group a NIK or a telephone number. */
  private static final Pattern DIGIT_SEPARATOR = Pattern.compile("(?<=\\d)[\\s.-]+(?=\\d)");
  private static final Pattern NIK = Pattern.compile("(?<!\\d)\\d{16}(?!\\d)");
  private static final Pattern TELEPHONE = Pattern.compile("(?<!\\d)(?:\\+?62|0)8\\d{7,11}(?!\\d)");
  private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
  /** Shorter values (an initial, a house number) say nothing about who the applicant is. */
  private static final int SHORTEST_PERSONAL_VALUE = 4;

  private BusinessKeyCheck() {
  }

  /** What is wrong with a business key (in Indonesian, naming the field), or empty. */
  public static Optional<String> problem(String businessKey) {
    if (businessKey == null) {
      return Optional.empty();
    }
    String digitsJoined = DIGIT_SEPARATOR.matcher(businessKey).replaceAll("");
    if (NIK.matcher(digitsJoined).find()) {
      return refused("tampak seperti NIK (16 angka)");
    }
    if (TELEPHONE.matcher(digitsJoined).find()) {
      return refused("tampak seperti nomor telepon");
    }
    return EMAIL.matcher(businessKey).find() ? refused("tampak seperti alamat e-mail") : Optional.empty();
  }

  /** As {@link #problem(String)}, and also a key containing one of the case's personal values. */
  public static Optional<String> problem(String businessKey, Map<String, ?> personalValues) {
    Optional<String> problem = problem(businessKey);
    if (problem.isPresent() || businessKey == null) {
      return problem;
    }
    String key = businessKey.toLowerCase(Locale.ROOT);
    return personalValues.entrySet().stream()
        .filter(variable -> variable.getValue() != null)
        .filter(variable -> {
          String value = variable.getValue().toString().trim().toLowerCase(Locale.ROOT);
          return value.length() >= SHORTEST_PERSONAL_VALUE && key.contains(value);
        })
        .findFirst().flatMap(variable -> refused("memuat isi data pribadi '" + variable.getKey() + "'"));
  }

  private static Optional<String> refused(String why) {
    return Optional.of("businessKey (nomor register) " + why + ": nomor register muncul di laporan dan log"
        + " maladministrasi, sehingga tidak boleh berisi data pribadi pemohon");
  }
}

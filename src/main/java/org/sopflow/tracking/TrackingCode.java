package org.sopflow.tracking;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A tracking code: 12 capital letters and digits drawn with {@link SecureRandom} from an alphabet
 * without look-alikes (no 0/O/D/Q, 1/I/L, 2/Z, 5/S, 8/B, 6/G), about 53 bits: not guessable, and
 * readable aloud or from a printed receipt.
 */
final class TrackingCode {

  static final String ALPHABET = "ACEFHJKMNPRTUVWXY3479";
  static final int LENGTH = 12;
  private static final Pattern WELL_FORMED = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private TrackingCode() {
  }

  static String next() {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** What is stored of a code: its SHA-256, in hexadecimal; the code itself is only on the printed receipt. */
  static String hash(String code) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Whether a text typed by a citizen can be a code (spaces and lower case forgiven by the caller). */
  static boolean isWellFormed(String code) {
    return code != null && WELL_FORMED.matcher(code).matches();
  }
}

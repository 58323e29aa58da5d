package org.sopflow.tracking;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * CSRF protection of the survey without a session or script (double submit): the page sets a random
 * token in a strict same-site cookie and in the form; a post counts only when both are there and equal.
 */
final class SurveyTokens {

  static final String COOKIE = "skm_csrf";
  private static final SecureRandom RANDOM = new SecureRandom();

  private SurveyTokens() {
  }

  static String next() {
    byte[] token = new byte[24];
    RANDOM.nextBytes(token);
    return HexFormat.of().formatHex(token);
  }

  static String cookie(String token) {
    return COOKIE + "=" + token + "; Path=/lacak; HttpOnly; SameSite=Strict; Max-Age=86400";
  }

  static boolean matches(String cookie, String field) {
    return cookie != null && field != null && !cookie.isEmpty()
        && MessageDigest.isEqual(cookie.getBytes(StandardCharsets.US_ASCII), field.getBytes(StandardCharsets.US_ASCII));
  }
}

package org.sopflow.engine;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Models of the processes folder read ahead on a background thread at start-up, by content: when
 * the engine then reads the same file (deploying it, or loading a stored deployment into its
 * cache), it takes the model and its SOPs instead of reading them again. Each is handed out once, then forgotten.
 */
final class ModelsReadAhead {

  private static final Map<String, ReadModel> READ = new ConcurrentHashMap<>();

  private ModelsReadAhead() {
  }

  static void offer(byte[] xml, ReadModel model) {
    READ.put(digest(xml), model);
  }

  static Optional<ReadModel> take(byte[] xml) {
    return READ.isEmpty() ? Optional.empty() : Optional.ofNullable(READ.remove(digest(xml)));
  }

  private static String digest(byte[] xml) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(xml));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static void clear() {
    READ.clear();
  }
}

package org.sopflow.engine.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Models of the processes folder read ahead at start-up by {@link BpmnModelPreinitializer}, by
 * content: when the engine then reads the same file (deploying it, or loading a stored deployment
 * into its cache), it takes the model and its SOPs instead of reading them again. Each is handed out
 * once; what is left when the application is ready is forgotten. One per application context (a
 * bean), none for the engines of tests and commands.
 */
public final class ModelsReadAhead {

  /** Nothing read ahead. */
  public static final ModelsReadAhead NONE = new ModelsReadAhead();

  private final Map<String, ReadModel> read = new ConcurrentHashMap<>();

  public void offer(byte[] xml, ReadModel model) {
    read.put(digest(xml), model);
  }

  public Optional<ReadModel> take(byte[] xml) {
    return read.isEmpty() ? Optional.empty() : Optional.ofNullable(read.remove(digest(xml)));
  }

  public void clear() {
    read.clear();
  }

  private static String digest(byte[] xml) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(xml));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

package org.sopflow.deviation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The chain's head written outside the database at an interval, one line per checkpoint:
 * {@code <time> <sequence> <hash> <signature>}. Whoever deletes the last events, or rewrites the
 * chain and its head, cannot change what was written here: {@link #check} finds the difference.
 */
class ChainCheckpoints {

  /** One written checkpoint, with its line number in the file. */
  record Checkpoint(int line, long sequence, String hash, boolean signed) {
  }

  private final EventChainProperties properties;
  private final Clock clock;

  ChainCheckpoints(EventChainProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  /** Appends the head when it moved since the last checkpoint; returns whether it wrote. */
  synchronized boolean write(long sequence, String hash) {
    if (!properties.anchored() || sequence == 0) {
      return false;
    }
    List<Checkpoint> written = read();
    if (!written.isEmpty() && written.get(written.size() - 1).sequence() >= sequence) {
      return false;
    }
    String line = clock.instant() + " " + sequence + " " + hash;
    try {
      if (properties.checkpointPath().getParent() != null) {
        Files.createDirectories(properties.checkpointPath().getParent());
      }
      Files.writeString(properties.checkpointPath(), line + " " + sign(line) + "\n", StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("The chain checkpoint cannot be written to " + properties.checkpointPath(), e);
    }
  }

  /**
   * What the checkpoints say of the chain read from the database ({@code hashes} by sequence):
   * null when every checkpoint is found in it, else why not.
   */
  String check(Map<Long, String> hashes) {
    for (Checkpoint checkpoint : read()) {
      String where = properties.checkpointPath() + " line " + checkpoint.line();
      if (!checkpoint.signed()) {
        return where + " is not signed with sop.event-chain.checkpoint-key";
      }
      if (!checkpoint.hash().equals(hashes.get(checkpoint.sequence()))) {
        return where + " anchors event " + checkpoint.sequence() + " with hash " + checkpoint.hash()
            + (hashes.containsKey(checkpoint.sequence()) ? ", the log holds another: it was rewritten"
                : ", the log ends before it: its tail was cut")
            + " (or the file belongs to another database)";
      }
    }
    return null;
  }

  /** The latest sequence a checkpoint anchors, or 0. */
  long anchoredSequence() {
    List<Checkpoint> written = read();
    return written.isEmpty() ? 0 : written.get(written.size() - 1).sequence();
  }

  private List<Checkpoint> read() {
    if (!properties.anchored() || !Files.exists(properties.checkpointPath())) {
      return List.of();
    }
    try {
      List<String> lines = Files.readAllLines(properties.checkpointPath(), StandardCharsets.UTF_8);
      List<Checkpoint> checkpoints = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        String[] fields = lines.get(i).trim().split(" ");
        if (fields.length == 4) {
          String content = fields[0] + " " + fields[1] + " " + fields[2];
          checkpoints.add(new Checkpoint(i + 1, Long.parseLong(fields[1]), fields[2], sign(content).equals(fields[3])));
        } else if (!lines.get(i).isBlank()) {
          checkpoints.add(new Checkpoint(i + 1, -1, "", false));
        }
      }
      return checkpoints;
    } catch (IOException | NumberFormatException e) {
      throw new IllegalStateException("The chain checkpoints in " + properties.checkpointPath() + " cannot be read", e);
    }
  }

  /** HMAC-SHA256 of the line with the configured key; "-" without a key. */
  private String sign(String content) {
    if (properties.checkpointKey() == null || properties.checkpointKey().isBlank()) {
      return "-";
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(properties.checkpointKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}

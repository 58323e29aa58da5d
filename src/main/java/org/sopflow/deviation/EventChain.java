package org.sopflow.deviation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The SHA-256 chain over the log: each event's hash covers the previous hash and the canonical
 * form of the event, so changing or removing any stored row breaks every hash after it.
 */
final class EventChain {

  static final String GENESIS = "0".repeat(64);

  private EventChain() {
  }

  /** Every stored field but the hashes, in a fixed order, each escaped and separated by a bar. */
  static String canonical(MaladministrationEvent event) {
    return Stream.of(event.id(), event.sequence(), event.category(), event.rule(), event.processDefinitionKey(),
            event.processDefinitionVersion(), event.processInstanceId(), event.businessKey(), event.activityId(),
            event.activityName(), event.taskId(), event.role(), event.userId(), event.standardDeadline(),
            event.occurredAt(), event.detectedAt(), event.overdueSeconds(), event.detail())
        .map(value -> Objects.toString(value, "").replace("\\", "\\\\").replace("|", "\\|"))
        .collect(Collectors.joining("|"));
  }

  static String hash(String previousHash, MaladministrationEvent event) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(previousHash.getBytes(StandardCharsets.US_ASCII));
      sha256.update(canonical(event).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha256.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}

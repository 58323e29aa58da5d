package org.sopflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** A processes folder the tests save files into while the server watches it. */
final class WatchedFolder {

  private static final Duration WITHIN = Duration.ofSeconds(20);

  private WatchedFolder() {
  }

  /** Waits until the watch has done {@code what}, at most 20 seconds. */
  static void awaitTrue(BooleanSupplier condition, String what) {
    Instant deadline = Instant.now().plus(WITHIN);
    while (!condition.getAsBoolean()) {
      assertThat(Instant.now()).as(what + " within " + WITHIN).isBefore(deadline);
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  static void write(Path folder, String file, String content) {
    try {
      Files.writeString(folder.resolve(file), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

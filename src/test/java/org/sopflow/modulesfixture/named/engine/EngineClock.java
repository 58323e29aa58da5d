package org.sopflow.modulesfixture.named.engine;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

@NamedInterface("clock")
public final class EngineClock {

  private EngineClock() {
  }

  public static Instant now() {
    return Instant.EPOCH;
  }
}

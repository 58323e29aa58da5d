package org.sopflow.engine;

import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.modulith.NamedInterface;

/** The engine's clock: the real time, or the time a test set (as Camunda's own timers read it). */
@NamedInterface("clock")
public final class EngineClock {

  private EngineClock() {
  }

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}

package org.sopflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The SOP layer's clock is Camunda's: moving one moves the other, so their times always agree. */
class EngineClockTest {

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void theClockReadsTheTimeCamundaReads() {
    Instant moved = Instant.parse("2026-12-07T00:31:00Z");
    ClockUtil.setCurrentTime(Date.from(moved));

    Clock clock = new EngineClock();

    assertThat(clock.instant()).isEqualTo(moved);
    assertThat(clock.withZone(ZoneId.of("Asia/Jakarta")).instant()).isEqualTo(moved);
    assertThat(clock.withZone(ZoneId.of("Asia/Jakarta")).getZone()).isEqualTo(ZoneId.of("Asia/Jakarta"));
  }
}

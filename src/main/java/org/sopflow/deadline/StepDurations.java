package org.sopflow.deadline;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.sopflow.engine.EngineTransaction;

/**
 * The timer {@code sop_step_duration_seconds} (per SOP and step, in working time), recorded when the
 * completing command commits, so a rolled-back completion is not counted. Spring Boot adds its
 * Prometheus registry to Micrometer's global registry; without one (plain engine tests) this is a no-op.
 */
final class StepDurations {

  private StepDurations() {
  }

  static void recordOnCommit(EngineTransaction transaction, String sopKey, String activityId, long workingSeconds) {
    Timer timer = Timer.builder("sop.step.duration").description("Working time of completed SOP steps")
        .tags("sop", sopKey, "step", activityId).register(Metrics.globalRegistry);
    transaction.afterCommit(() -> timer.record(Duration.ofSeconds(workingSeconds)));
  }
}

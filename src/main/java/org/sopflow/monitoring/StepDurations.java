package org.sopflow.monitoring;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * The timer {@code sop_step_duration_seconds} (per SOP and step, in working time), recorded when the
 * completing command commits, so a rolled-back completion is not counted. Spring Boot adds its
 * Prometheus registry to Micrometer's global registry; without one (plain engine tests) this is a no-op.
 */
public final class StepDurations {

  private StepDurations() {
  }

  public static void recordOnCommit(String sopKey, String activityId, long workingSeconds) {
    Timer timer = Timer.builder("sop.step.duration").description("Working time of completed SOP steps")
        .tags("sop", sopKey, "step", activityId).register(Metrics.globalRegistry);
    Context.getCommandContext().getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
        context -> timer.record(Duration.ofSeconds(workingSeconds)));
  }
}

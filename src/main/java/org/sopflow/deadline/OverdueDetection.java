package org.sopflow.deadline;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs the detector on every engine node: first right after start-up (deadlines that passed while
 * the node was down), then every {@code sop.deadlines.detection-interval}.
 */
@Component
class OverdueDetection {

  private static final Logger LOG = LoggerFactory.getLogger(OverdueDetection.class);

  private final OverdueDetector detector;
  private final long intervalMillis;
  private ScheduledExecutorService scheduler;

  OverdueDetection(OverdueDetector detector, DeadlineProperties properties) {
    this.detector = detector;
    this.intervalMillis = properties.detectionInterval().toMillis();
  }

  @EventListener(ApplicationReadyEvent.class)
  synchronized void start() {
    scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "sop-overdue-detection");
      thread.setDaemon(true);
      return thread;
    });
    scheduler.scheduleWithFixedDelay(this::sweep, 0, intervalMillis, TimeUnit.MILLISECONDS);
  }

  @EventListener(ContextClosedEvent.class)
  synchronized void stop() throws InterruptedException {
    if (scheduler != null) {
      scheduler.shutdown();
      scheduler.awaitTermination(10, TimeUnit.SECONDS);
    }
  }

  private void sweep() {
    try {
      int recorded = detector.sweep();
      if (recorded > 0) {
        LOG.info("Recorded {} passed deadlines or escalations", recorded);
      }
    } catch (RuntimeException e) {
      // the next sweep tries again; a finding is only marked recorded when its transaction commits
      LOG.warn("Deadline sweep failed; it is retried in {} ms", intervalMillis, e);
    }
  }
}

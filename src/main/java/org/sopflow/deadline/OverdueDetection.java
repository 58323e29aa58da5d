package org.sopflow.deadline;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Runs the detector on every engine node: first right after start-up (deadlines that passed while
 * the node was down), then every {@code sop.deadlines.detection-interval}.
 */
@Component
class OverdueDetection implements SchedulingConfigurer {

  private static final Logger LOG = LoggerFactory.getLogger(OverdueDetection.class);

  private final OverdueDetector detector;
  private final DeadlineProperties properties;

  OverdueDetection(OverdueDetector detector, DeadlineProperties properties) {
    this.detector = detector;
    this.properties = properties;
  }

  /** On Spring's task scheduler, first as soon as the application context is up, then after each interval. */
  @Override
  public void configureTasks(ScheduledTaskRegistrar tasks) {
    tasks.addFixedDelayTask(this::sweep, properties.detectionInterval());
  }

  void sweep() {
    try {
      int recorded = detector.sweep();
      if (recorded > 0) {
        LOG.info("Recorded {} passed deadlines or escalations", recorded);
      }
    } catch (RuntimeException e) {
      // the next sweep tries again; a finding is only marked recorded when its transaction commits
      LOG.warn("Deadline sweep failed; it is retried after sop.deadlines.detection-interval", e);
    }
  }
}

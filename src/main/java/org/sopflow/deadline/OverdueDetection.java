package org.sopflow.deadline;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the detector on every engine node: first right after start-up (deadlines that passed while
 * the node was down), then every {@code sop.deadlines.detection-interval}.
 */
@Component
class OverdueDetection {

  private static final Logger LOG = LoggerFactory.getLogger(OverdueDetection.class);

  private final OverdueDetector detector;

  OverdueDetection(OverdueDetector detector) {
    this.detector = detector;
  }

  /** On Spring's task scheduler, first as soon as the application context is up, then after each interval. */
  @Scheduled(fixedDelayString = "${sop.deadlines.detection-interval:PT5S}")
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

package org.sopflow.pdp;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * After Camunda's nightly history clean-up, the SOP tables give up the rows of the cases it removed
 * ({@code sop.retention.sweep-cron}). Deleting what is already gone does nothing, so every node may
 * run it.
 */
@Component
class RetentionSweep {

  private static final Logger LOG = LoggerFactory.getLogger(RetentionSweep.class);

  private final List<CaseRows> owners;

  RetentionSweep(List<CaseRows> owners) {
    this.owners = owners;
  }

  @Scheduled(cron = "${sop.retention.sweep-cron:0 30 5 * * *}")
  int sweep() {
    int deleted = owners.stream().mapToInt(CaseRows::deleteRowsOfRemovedCases).sum();
    if (deleted > 0) {
      LOG.info("Retention: {} row(s) of cases past their retention removed from the SOP tables", deleted);
    }
    return deleted;
  }
}

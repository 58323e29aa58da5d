package org.sopflow.pdp;

import org.sopflow.engine.HistoricInstances;
import org.springframework.stereotype.Component;

/** The grants that let roles read a case (need to know) go with the case. */
@Component
class GrantRows implements CaseRows {

  private final HistoricInstances history;

  GrantRows(HistoricInstances history) {
    this.history = history;
  }

  @Override
  public int deleteRowsOfRemovedCases() {
    return history.deleteGrantsOfRemovedCases();
  }
}

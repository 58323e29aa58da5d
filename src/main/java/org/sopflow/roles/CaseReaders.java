package org.sopflow.roles;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.sopflow.engine.EngineClock;
import org.sopflow.engine.EngineTransaction;

/**
 * As a case ends, the roles that may read it (its grants from {@link CaseAccess}) find it in their
 * list of finished cases ({@link FinishedCases}): one statement, sent with the command's other SOP
 * writes.
 */
final class CaseReaders implements ExecutionListener {

  private final EngineTransaction transaction;
  private final EngineClock clock = new EngineClock();

  CaseReaders(EngineTransaction transaction) {
    this.transaction = transaction;
  }

  @Override
  public void notify(DelegateExecution caseEnding) {
    if (transaction.authorizationEnabled()) {
      String caseId = caseEnding.getProcessInstanceId();
      transaction.updateAtFlush(FinishedCases.COPY_GRANTS_OF_CASE, clock.instant(), caseId, caseId);
    }
  }
}

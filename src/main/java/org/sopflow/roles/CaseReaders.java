package org.sopflow.roles;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.sopflow.engine.EngineTransaction;

/**
 * As a case ends, the roles that may read it (its grants from {@link CaseAccess}) find it in their
 * list of finished cases ({@link FinishedCases}): one statement, sent with the command's other SOP
 * writes; the case's end and state as the engine writes them into its history.
 */
final class CaseReaders implements ExecutionListener {

  private final EngineTransaction transaction;

  CaseReaders(EngineTransaction transaction) {
    this.transaction = transaction;
  }

  @Override
  public void notify(DelegateExecution caseEnding) {
    if (transaction.authorizationEnabled()) {
      transaction.updateAtFlush(FinishedCases.COPY_ENDING_CASE, transaction.historyNow(),
          transaction.endState(caseEnding), caseEnding.getProcessInstanceId());
    }
  }
}

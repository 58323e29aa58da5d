package org.sopflow.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.springframework.modulith.NamedInterface;

/** The engine command running on this thread: which one it is, and its transaction. */
@NamedInterface("hooks")
public final class EngineCommand {

  private EngineCommand() {
  }

  /** The simple class name of the running command (e.g. {@code ModifyProcessInstanceCmd}), or "". */
  public static String name() {
    CommandInvocationContext invocation = Context.getCommandInvocationContext();
    return invocation == null ? "" : invocation.getCommand().getClass().getSimpleName();
  }

  /** Runs the action once the current command's transaction has committed; never on rollback. */
  public static void afterCommit(Runnable action) {
    Context.getCommandContext().getTransactionContext()
        .addTransactionListener(TransactionState.COMMITTED, context -> action.run());
  }

  /** Runs a query of the current command without the current user's authorization checks. */
  public static <T> T withoutAuthorization(Supplier<T> query) {
    CommandContext commandContext = Context.getCommandContext();
    return commandContext.runWithoutAuthorization(query::get);
  }

  /** Camunda's history service, for queries inside the current command. */
  public static HistoryService historyService() {
    return Context.getCommandContext().getProcessEngineConfiguration().getHistoryService();
  }

  /** An open task, as the current command sees it (listeners included), or null. */
  public static DelegateTask task(String taskId) {
    return Context.getCommandContext().getTaskManager().findTaskById(taskId);
  }

  /** A running execution (e.g. a process instance by its id), as the current command sees it, or null. */
  public static DelegateExecution execution(String executionId) {
    return Context.getCommandContext().getExecutionManager().findExecutionById(executionId);
  }
}

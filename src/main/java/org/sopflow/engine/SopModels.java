package org.sopflow.engine;

import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.RepositoryServiceImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ProcessDefinitionImpl;
import org.sopflow.engine.internal.ParsedSops;
import org.sopflow.model.SopDefinition;
import org.springframework.modulith.NamedInterface;

/**
 * The {@link SopDefinition} read from each process at parse time lives on Camunda's parsed process
 * definition, in its deployment cache: every node that parses a model holds the same one. Static
 * functions of the object handed in (a task, an execution, a repository service): they read no
 * thread-bound context, so they work the same in a listener, a command or a test.
 */
@NamedInterface("models")
public final class SopModels {

  private SopModels() {
  }

  /** The SOP of a deployed process definition, parsing it on a cache miss. */
  public static Optional<SopDefinition> of(RepositoryService repositoryService, String processDefinitionId) {
    return of((ProcessDefinitionImpl) ((RepositoryServiceImpl) repositoryService)
        .getDeployedProcessDefinition(processDefinitionId));
  }

  /** The SOP of the task's process, inside an engine command or listener. */
  public static Optional<SopDefinition> of(DelegateTask task) {
    return of(((TaskEntity) task).getProcessDefinition());
  }

  /** The SOP of the execution's process, inside an engine command or listener. */
  public static Optional<SopDefinition> of(DelegateExecution execution) {
    return of(((ExecutionEntity) execution).getProcessDefinition());
  }

  private static Optional<SopDefinition> of(ProcessDefinitionImpl processDefinition) {
    return ParsedSops.of(processDefinition);
  }
}

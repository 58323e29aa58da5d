package org.sopflow.engine;

import java.util.Collection;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * Which process variables a user may read, below Camunda's instance permissions (Camunda cannot
 * grant single variables). The engine asks it on every variable read by an authenticated user
 * (task and execution variables, form variables, the runtime and historic variable queries and the
 * historic details), through Tasklist, Cockpit, the REST API and the Java API alike, and leaves out
 * what it hides. A {@link SopEngineHook} that implements it is used.
 */
@NamedInterface("hooks")
public interface VariableReadPolicy {

  /** The user reading, with the groups Camunda authenticated them with. */
  @NamedInterface("hooks")
  record Reader(String userId, Collection<String> groupIds) {
  }

  /** The names among {@code names}, read from a case of {@code processDefinitionId}, the reader may not see. */
  Set<String> hidden(String processDefinitionId, Collection<String> names, Reader reader);

  /** The reader was shown these variables of a case (after {@link #hidden} took out the rest). */
  void shown(String processInstanceId, String processDefinitionId, Collection<String> names, Reader reader);
}

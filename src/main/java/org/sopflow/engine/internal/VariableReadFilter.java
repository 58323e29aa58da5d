package org.sopflow.engine.internal;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.HistoricDetailQueryImpl;
import org.camunda.bpm.engine.impl.HistoricVariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.VariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractGetFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetExecutionVariableCmd;
import org.camunda.bpm.engine.impl.cmd.GetExecutionVariableTypedCmd;
import org.camunda.bpm.engine.impl.cmd.GetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetStartFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmdTyped;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.sopflow.engine.VariableReadPolicy;
import org.sopflow.engine.VariableReadPolicy.Reader;

/**
 * Puts every variable read of an authenticated user through the {@link VariableReadPolicy}: the
 * commands that return variables of one task or execution (their maps and single values), and the
 * queries that return variables of many cases (their lists). Reads the engine makes for itself
 * (no user, or authorization checks off) pass untouched. Runs inside the command, after it.
 */
public final class VariableReadFilter extends CommandInterceptor {

  private final VariableReadPolicy policy;

  public VariableReadFilter(VariableReadPolicy policy) {
    this.policy = policy;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T execute(Command<T> command) {
    T result = next.execute(command);
    CommandContext context = Context.getCommandContext();
    Authentication authentication = context == null ? null : context.getAuthentication();
    if (result == null || authentication == null || authentication.getUserId() == null
        || !context.isAuthorizationCheckEnabled()) {
      return result;
    }
    Reader reader = new Reader(authentication.getUserId(),
        authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds());
    if (command instanceof AbstractQuery<?, ?>) {
      return (T) filterQueryResult(command, result, reader);
    }
    Case scope = scopeOf(command, context);
    if (scope == null) {
      return result;
    }
    if (result instanceof VariableMap variables) {
      Set<String> hidden = policy.hidden(scope.definitionId(), variables.keySet(), reader);
      hidden.forEach(variables::remove);
      report(scope, variables.keySet(), reader);
      return result;
    }
    String name = (String) field(command, "variableName");
    if (policy.hidden(scope.definitionId(), List.of(name), reader).isEmpty()) {
      report(scope, List.of(name), reader);
      return result;
    }
    return null;
  }

  private record Case(String instanceId, String definitionId) {
  }

  private void report(Case scope, Collection<String> names, Reader reader) {
    if (!names.isEmpty() && scope.instanceId() != null) {
      policy.shown(scope.instanceId(), scope.definitionId(), names, reader);
    }
  }

  /** The case a task or execution variable command reads, or null for commands that read no variables. */
  private static Case scopeOf(Command<?> command, CommandContext context) {
    if (command instanceof GetStartFormVariablesCmd) {
      return null; // a start form shows no case's data
    }
    String taskId = command instanceof GetTaskVariablesCmd || command instanceof GetTaskVariableCmd
        || command instanceof GetTaskVariableCmdTyped ? (String) field(command, "taskId")
        : command instanceof AbstractGetFormVariablesCmd form ? form.resourceId : null;
    if (taskId != null) {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      return task == null ? null : new Case(task.getProcessInstanceId(), task.getProcessDefinitionId());
    }
    if (command instanceof GetExecutionVariablesCmd || command instanceof GetExecutionVariableCmd
        || command instanceof GetExecutionVariableTypedCmd<?>) {
      ExecutionEntity execution = context.getExecutionManager()
          .findExecutionById((String) field(command, "executionId"));
      return execution == null ? null : new Case(execution.getProcessInstanceId(), execution.getProcessDefinitionId());
    }
    return null;
  }

  private Object filterQueryResult(Command<?> command, Object result, Reader reader) {
    Function<Object, String[]> facts = factsOf(command);
    if (facts == null) {
      return result;
    }
    if (!(result instanceof List<?> items)) { // a single result; a count carries no values
      return result instanceof Long ? result : filter(List.of(result), facts, reader).stream().findFirst().orElse(null);
    }
    return filter(items, facts, reader);
  }

  /** Keeps the items the reader may see; each item's facts are {name, instance id, definition id}. */
  private List<Object> filter(List<?> items, Function<Object, String[]> facts, Reader reader) {
    List<String[]> itemFacts = items.stream().map(facts).toList();
    Map<List<String>, List<String>> namesByCase = new LinkedHashMap<>();
    itemFacts.forEach(fact -> namesByCase.computeIfAbsent(caseOf(fact), key -> new ArrayList<>()).add(fact[0]));
    Map<List<String>, Set<String>> hiddenByCase = new LinkedHashMap<>();
    namesByCase.forEach((scope, names) -> {
      Set<String> hidden = scope.get(1).isEmpty() ? Set.of() : policy.hidden(scope.get(1), names, reader);
      hiddenByCase.put(scope, hidden);
      List<String> shown = names.stream().filter(name -> !hidden.contains(name)).distinct().toList();
      if (!scope.get(0).isEmpty() && !shown.isEmpty()) {
        policy.shown(scope.get(0), scope.get(1), shown, reader);
      }
    });
    List<Object> kept = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (!hiddenByCase.get(caseOf(itemFacts.get(i))).contains(itemFacts.get(i)[0])) {
        kept.add(items.get(i));
      }
    }
    return kept;
  }

  /** {instance id, definition id} of an item's facts, "" for none. */
  private static List<String> caseOf(String[] fact) {
    return List.of(fact[1] == null ? "" : fact[1], fact[2] == null ? "" : fact[2]);
  }

  private static Function<Object, String[]> factsOf(Command<?> command) {
    if (command instanceof VariableInstanceQueryImpl) {
      return item -> {
        VariableInstance variable = (VariableInstance) item;
        return new String[] {variable.getName(), variable.getProcessInstanceId(), variable.getProcessDefinitionId()};
      };
    }
    if (command instanceof HistoricVariableInstanceQueryImpl) {
      return item -> {
        HistoricVariableInstance variable = (HistoricVariableInstance) item;
        return new String[] {variable.getName(), variable.getProcessInstanceId(), variable.getProcessDefinitionId()};
      };
    }
    if (command instanceof HistoricDetailQueryImpl) {
      return item -> {
        HistoricDetail detail = (HistoricDetail) item;
        String name = detail instanceof HistoricVariableUpdate update ? update.getVariableName()
            : detail instanceof HistoricFormField field ? field.getFieldId() : "";
        return new String[] {name, detail.getProcessInstanceId(), detail.getProcessDefinitionId()};
      };
    }
    return null;
  }

  /** A protected field of one of Camunda's variable commands (they offer no getter). */
  private static Object field(Object command, String name) {
    for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(command);
      } catch (NoSuchFieldException e) {
        // declared higher up
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("Cannot read " + name + " of " + command.getClass().getName(), e);
      }
    }
    throw new IllegalStateException(command.getClass().getName() + " has no field " + name);
  }
}

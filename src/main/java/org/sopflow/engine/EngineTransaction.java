package org.sopflow.engine;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ProcessDefinitionImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.sopflow.engine.internal.EngineSql;
import org.sopflow.engine.internal.ParsedSops;
import org.sopflow.model.SopDefinition;
import org.springframework.modulith.NamedInterface;

/**
 * The engine command running on this thread, for the listeners and sweeps of the feature modules:
 * SQL on its connection (so the SOP tables commit or roll back with the engine's own rows), its
 * user, its commit, and what it sees. Each method fails with {@link IllegalStateException} outside
 * a command; {@link EngineCommands#run} starts one. Stateless: one is shared by every module.
 */
@NamedInterface("sql")
public final class EngineTransaction {

  /** Maps one row of a query's result. */
  @NamedInterface("sql")
  public interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  /**
   * An update whose count nobody needs, sent when the command flushes, together with its other
   * such updates (on PostgreSQL in one round trip).
   */
  public void updateAtFlush(String sql, Object... parameters) {
    EngineSql.updateAtFlush(sql, parameters);
  }

  /** An update now, after the command's pending updates: its count is what the caller needs. */
  public int update(String sql, Object... parameters) {
    return EngineSql.update(sql, parameters);
  }

  /** A query now, after the command's pending updates, so that it reads them. */
  public <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) {
    return EngineSql.query(sql, mapper, parameters);
  }

  /** The simple class name of the running command (e.g. {@code ModifyProcessInstanceCmd}), or "". */
  public String commandName() {
    CommandInvocationContext invocation = Context.getCommandInvocationContext();
    return invocation == null ? "" : invocation.getCommand().getClass().getSimpleName();
  }

  /** Runs the action once the command's transaction has committed; never on rollback. */
  public void afterCommit(Runnable action) {
    command().getTransactionContext().addTransactionListener(TransactionState.COMMITTED, context -> action.run());
  }

  /** Runs a query of the command without the current user's authorization checks. */
  public <T> T withoutAuthorization(Supplier<T> query) {
    return command().runWithoutAuthorization(query::get);
  }

  /** Whether the engine checks authorizations: without, grants mean nothing and are not written (as Camunda's own). */
  public boolean authorizationEnabled() {
    return command().getProcessEngineConfiguration().isAuthorizationEnabled();
  }

  /** One grant of {@link #grantOnCase}, typed (H2 cannot tell the type of a bare parameter in a union). */
  private static final String CASE_GRANT_ROW = "SELECT CAST(? AS VARCHAR(64)) AS ID_, CAST(? AS VARCHAR(255)) AS"
      + " GROUP_ID_, CAST(? AS INTEGER) AS RESOURCE_TYPE_, CAST(? AS INTEGER) AS PERMS_";

  /** A group's permission on one resource of a case (its process instance, or its history). */
  @NamedInterface("sql")
  public record CaseGrant(String groupId, Resource resource, Permission permission) {
  }

  /**
   * Grants groups permissions on one running case. One statement, sent with the command's other SOP
   * writes and without a query first: a grant is added only where the group has none on that resource
   * yet (Camunda's unique key), earlier in this command included. Each group and resource once. The
   * grants name no root instance: Camunda would rewrite every such grant at the case's end to give it
   * the case's removal time (a row and its seven indexes, per grant);
   * {@link HistoricInstances#deleteGrantsOfRemovedCases} removes them once the case is gone. On PostgreSQL a plain insert that skips what exists: it is
   * planned afresh in every command, so it is kept simple.
   */
  public void grantOnCase(String processInstanceId, Collection<CaseGrant> grants) {
    if (grants.isEmpty()) {
      return;
    }
    IdGenerator ids = command().getProcessEngineConfiguration().getIdGenerator();
    List<Object> parameters = new ArrayList<>();
    if ("postgres".equals(command().getProcessEngineConfiguration().getDatabaseType())) {
      for (CaseGrant grant : grants) {
        parameters.addAll(List.of(ids.getNextId(), grant.groupId(), grant.resource().resourceType(),
            processInstanceId, grant.permission().getValue()));
      }
      EngineSql.updateAtFlush("INSERT INTO ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, GROUP_ID_, RESOURCE_TYPE_,"
          + " RESOURCE_ID_, PERMS_) VALUES " + String.join(", ", Collections.nCopies(grants.size(),
          "(?, 1, " + Authorization.AUTH_TYPE_GRANT + ", ?, ?, ?, ?)")) + " ON CONFLICT DO NOTHING",
          parameters.toArray());
      return;
    }
    parameters.add(processInstanceId);
    for (CaseGrant grant : grants) {
      parameters.addAll(List.of(ids.getNextId(), grant.groupId(), grant.resource().resourceType(),
          grant.permission().getValue()));
    }
    parameters.add(processInstanceId);
    EngineSql.updateAtFlush("INSERT INTO ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, GROUP_ID_, RESOURCE_TYPE_,"
            + " RESOURCE_ID_, PERMS_) SELECT g.ID_, 1, " + Authorization.AUTH_TYPE_GRANT
            + ", g.GROUP_ID_, g.RESOURCE_TYPE_, CAST(? AS VARCHAR(64)), g.PERMS_ FROM ("
            + String.join(" UNION ALL ", Collections.nCopies(grants.size(), CASE_GRANT_ROW))
            + ") g WHERE NOT EXISTS (SELECT 1 FROM ACT_RU_AUTHORIZATION a WHERE a.TYPE_ = "
            + Authorization.AUTH_TYPE_GRANT + " AND a.GROUP_ID_ = g.GROUP_ID_ AND a.RESOURCE_TYPE_ = g.RESOURCE_TYPE_"
            + " AND a.RESOURCE_ID_ = CAST(? AS VARCHAR(64)))", parameters.toArray());
  }

  /** Now, as Camunda writes times into its history: the engine's clock in the JVM's time zone. */
  public LocalDateTime historyNow() {
    return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
  }

  /**
   * The state Camunda's history gives a process instance that is ending, by Camunda's rule: {@code
   * COMPLETED} when it ends in an activity (an end event), else {@code EXTERNALLY_TERMINATED} when a
   * user cancelled it (Cockpit, REST), {@code INTERNALLY_TERMINATED} otherwise.
   */
  public String endState(DelegateExecution processInstance) {
    ExecutionEntity ending = (ExecutionEntity) processInstance;
    if (ending.getActivity() != null) {
      return HistoricProcessInstance.STATE_COMPLETED;
    }
    return ending.isExternallyTerminated() ? HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED
        : HistoricProcessInstance.STATE_INTERNALLY_TERMINATED;
  }

  /** A deployed process definition by id, from the engine's deployment cache (no query once cached). */
  public ProcessDefinition processDefinition(String processDefinitionId) {
    return command().getProcessEngineConfiguration().getDeploymentCache()
        .findDeployedProcessDefinitionById(processDefinitionId);
  }

  /** The SOP of a deployed process definition by id, from the engine's deployment cache. */
  public Optional<SopDefinition> sop(String processDefinitionId) {
    return ParsedSops.of((ProcessDefinitionImpl) processDefinition(processDefinitionId));
  }

  /** The open tasks of an execution, as the command sees them. */
  public List<DelegateTask> openTasks(DelegateExecution execution) {
    return List.copyOf(((ExecutionEntity) execution).getTasks());
  }

  /** Camunda's history service, for queries inside the command. */
  public HistoryService historyService() {
    return command().getProcessEngineConfiguration().getHistoryService();
  }

  /** An open task, as the command sees it (listeners included), or null. */
  public DelegateTask task(String taskId) {
    return command().getTaskManager().findTaskById(taskId);
  }

  /** A running execution (e.g. a process instance by its id), as the command sees it, or null. */
  public DelegateExecution execution(String executionId) {
    return command().getExecutionManager().findExecutionById(executionId);
  }

  /** The user on whose behalf the command runs, or null for the engine itself. */
  public String currentUser() {
    return command().getAuthenticatedUserId();
  }

  /** Whether the user is a candidate user or a member of a candidate group of the task. */
  public boolean isCandidate(DelegateTask task, String userId) {
    List<IdentityLink> candidates = TaskFacts.candidates(task);
    if (candidates.stream().anyMatch(link -> userId.equals(link.getUserId()))) {
      return true;
    }
    List<String> groups = groupsOf(userId);
    return candidates.stream().anyMatch(link -> link.getGroupId() != null && groups.contains(link.getGroupId()));
  }

  /** The user's groups, read without the caller's authorization (a clerk may not list groups). */
  public List<String> groupsOf(String userId) {
    CommandContext command = command();
    return command.runWithoutAuthorization(() -> command.getReadOnlyIdentityProvider().createGroupQuery(command)
        .groupMember(userId).list().stream().map(Group::getId).toList());
  }

  /** Instants are stored to the millisecond, in UTC, so that hashes match what is read back. */
  public static Instant truncate(Instant instant) {
    return EngineSql.truncate(instant);
  }

  /** A timestamp column read back as an instant, or null. */
  public static Instant instant(ResultSet row, String column) throws SQLException {
    return EngineSql.instant(row, column);
  }

  private static CommandContext command() {
    CommandContext command = Context.getCommandContext();
    if (command == null) {
      throw new IllegalStateException("No engine command runs on this thread; start one with EngineCommands.run");
    }
    return command;
  }
}

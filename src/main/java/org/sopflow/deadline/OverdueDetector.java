package org.sopflow.deadline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.sopflow.calendar.StandardTime;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.deviation.Deviation;
import org.sopflow.deviation.MaladministrationLog;
import org.sopflow.deviation.Rule;
import org.sopflow.engine.EngineCommands;
import org.sopflow.engine.EngineTransaction;
import org.sopflow.engine.SopModels;
import org.sopflow.model.Role;
import org.sopflow.model.RoleCatalogue;
import org.sopflow.model.SopDefinition;
import org.sopflow.model.SopStep;

/**
 * Finds passed deadlines with one indexed query per kind, instead of a timer job per task, and
 * records each once: STEP_OVERDUE with escalation of the task to the lane role's supervisor, then
 * one more level per escalation interval; SERVICE_OVERDUE per instance. Each finding is its own
 * engine command whose first statement claims the row, so with several engine nodes on one
 * database exactly one node records it; a node that loses the race changes nothing.
 */
public class OverdueDetector {

  private final TaskService taskService;
  private final EngineCommands commands;
  private final EngineTransaction transaction;
  private final Clock clock;
  private final WorkingCalendar calendar;
  private final RoleCatalogue roles;
  private final MaladministrationLog log;
  private final StandardTime escalationInterval;
  private final int batchSize;
  private final List<DeadlineListener> listeners;

  public OverdueDetector(ProcessEngine engine, EngineTransaction transaction, Clock clock, WorkingCalendar calendar,
                         RoleCatalogue roles, MaladministrationLog log, StandardTime escalationInterval, int batchSize) {
    this(engine, transaction, clock, calendar, roles, log, escalationInterval, batchSize, List.of());
  }

  /** @param listeners told of each overdue task and escalation, in the command that records it */
  public OverdueDetector(ProcessEngine engine, EngineTransaction transaction, Clock clock, WorkingCalendar calendar,
                         RoleCatalogue roles, MaladministrationLog log, StandardTime escalationInterval, int batchSize,
                         List<DeadlineListener> listeners) {
    this.taskService = engine.getTaskService();
    this.commands = new EngineCommands(engine);
    this.transaction = transaction;
    this.clock = clock;
    this.calendar = calendar;
    this.roles = roles;
    this.log = log;
    this.escalationInterval = escalationInterval;
    this.batchSize = batchSize;
    this.listeners = List.copyOf(listeners);
  }

  /** One sweep at the engine clock's now; returns how many findings it recorded. */
  public int sweep() {
    Instant now = clock.instant();
    int recorded = 0;
    for (String taskId : execute(due("sop_task_deadline", "task_id", "standard_deadline", "", now))) {
      recorded += execute(() -> overdueTask(taskId, now)) ? 1 : 0;
    }
    // while the office waits for the applicant the service clock stands still
    for (String instanceId : execute(due("sop_instance_deadline", "process_instance_id", "service_deadline",
        " AND waiting_since IS NULL", now))) {
      recorded += execute(() -> overdueInstance(instanceId, now)) ? 1 : 0;
    }
    for (String taskId : execute(escalationsDue(now))) {
      recorded += execute(() -> escalateAgain(taskId, now)) ? 1 : 0;
    }
    return recorded;
  }

  private Supplier<List<String>> due(String table, String idColumn, String deadlineColumn, String condition,
                                     Instant now) {
    return () -> transaction.query("SELECT " + idColumn + " FROM " + table + " WHERE ended_at IS NULL"
            + " AND " + deadlineColumn + " <= ? AND overdue_recorded_at IS NULL" + condition + " ORDER BY " + deadlineColumn
            + " LIMIT ?", row -> row.getString(1), now, batchSize);
  }

  private Supplier<List<String>> escalationsDue(Instant now) {
    return () -> transaction.query("SELECT task_id FROM sop_task_deadline WHERE ended_at IS NULL"
        + " AND next_escalation_at <= ? ORDER BY next_escalation_at LIMIT ?", row -> row.getString(1), now, batchSize);
  }

  private boolean overdueTask(String taskId, Instant now) {
    if (!StandardDeadlines.claimOverdue(transaction, taskId, now)) {
      return false;
    }
    DelegateTask task = transaction.task(taskId);
    if (task == null) {
      return false;
    }
    SopDefinition sop = SopModels.of(task).orElseThrow();
    Instant deadline = standardDeadline(taskId);
    Optional<Role> supervisor = laneRole(sop, task).flatMap(this::supervisorOf);
    String detail = "Tugas masih terbuka pada tenggat standar";
    if (supervisor.isPresent()) {
      escalate(task, supervisor.get(), 1, now, sop);
      detail += "; dieskalasikan ke " + supervisor.get().id() + " (" + supervisor.get().name() + ")";
    }
    log.record(Deviation.of(Rule.STEP_OVERDUE, task, null, deadline,
        Duration.between(deadline, now).toSeconds(), detail).withOccurredAt(deadline));
    String escalatedRole = supervisor.map(Role::id).orElse(null);
    listeners.forEach(listener -> listener.overdue(task, sop, deadline, escalatedRole, escalatedRole == null ? 0 : 1));
    return true;
  }

  private boolean escalateAgain(String taskId, Instant now) {
    List<Object[]> rows = transaction.query("SELECT escalation_level, escalated_role FROM sop_task_deadline"
        + " WHERE task_id = ? AND ended_at IS NULL AND next_escalation_at <= ?",
        row -> new Object[] {row.getInt(1), row.getString(2)}, taskId, now);
    if (rows.isEmpty()) {
      return false;
    }
    int level = (Integer) rows.get(0)[0];
    Optional<Role> next = roles.find((String) rows.get(0)[1]).flatMap(this::supervisorOf);
    DelegateTask task = transaction.task(taskId);
    if (next.isEmpty() || task == null) {
      transaction.update("UPDATE sop_task_deadline SET next_escalation_at = NULL WHERE task_id = ?", taskId);
      return false;
    }
    int updated = transaction.update("UPDATE sop_task_deadline SET escalation_level = ? WHERE task_id = ?"
        + " AND escalation_level = ?", level + 1, taskId, level);
    if (updated == 1) {
      SopDefinition sop = SopModels.of(task).orElseThrow();
      escalate(task, next.get(), level + 1, now, sop);
      Instant deadline = standardDeadline(taskId);
      listeners.forEach(listener -> listener.overdue(task, sop, deadline, next.get().id(), level + 1));
    }
    return updated == 1;
  }

  /** Task-local variable holding the escalation level, for the supervisors' Tasklist filter. */
  public static final String ESCALATION_VARIABLE = "sopEskalasi";

  /** Offers the task to the supervisor role too, notes it on the task, and plans the next level. */
  private void escalate(DelegateTask task, Role supervisor, int level, Instant now, SopDefinition sop) {
    taskService.addCandidateGroup(task.getId(), supervisor.id());
    taskService.setVariableLocal(task.getId(), ESCALATION_VARIABLE, level);
    taskService.createComment(task.getId(), task.getProcessInstanceId(), "Eskalasi tingkat " + level
        + ": tugas melewati tenggat standar dan kini juga ditawarkan kepada " + supervisor.name());
    Instant nextEscalation = supervisorOf(supervisor).isPresent()
        ? calendar.of(task.getTenantId()).plus(now, escalationInterval, sop.step(task.getTaskDefinitionKey())
            .map(SopStep::calendar).orElse(sop.calendar())) : null;
    transaction.update("UPDATE sop_task_deadline SET escalated_role = ?, next_escalation_at = ? WHERE task_id = ?",
        supervisor.id(), nextEscalation, task.getId());
  }

  private boolean overdueInstance(String processInstanceId, Instant now) {
    // claimed only if still due: a wait or an extension since the query may have moved the deadline
    if (transaction.update("UPDATE sop_instance_deadline SET overdue_recorded_at = ? WHERE process_instance_id = ?"
        + " AND overdue_recorded_at IS NULL AND waiting_since IS NULL AND service_deadline <= ?",
        now, processInstanceId, now) != 1) {
      return false;
    }
    DelegateExecution instance = transaction.execution(processInstanceId);
    if (instance == null) {
      return false;
    }
    Instant deadline = transaction.query("SELECT service_deadline FROM sop_instance_deadline WHERE process_instance_id = ?",
        row -> EngineTransaction.instant(row, "service_deadline"), processInstanceId).get(0);
    log.record(Deviation.of(Rule.SERVICE_OVERDUE, instance, null, null, deadline,
        Duration.between(deadline, now).toSeconds(), "Layanan belum selesai pada batas waktu layanan")
        .withOccurredAt(deadline));
    return true;
  }

  private Optional<Role> laneRole(SopDefinition sop, DelegateTask task) {
    return sop.step(task.getTaskDefinitionKey()).map(step -> step.role()).flatMap(roles::find);
  }

  private Optional<Role> supervisorOf(Role role) {
    return Optional.ofNullable(role.supervisor()).flatMap(roles::find);
  }

  /** The open steps past their standard deadline, most overdue first; inside an engine command. */
  public static List<String> openOverdueTasks(EngineTransaction transaction, int limit) {
    return transaction.query("SELECT task_id FROM sop_task_deadline WHERE ended_at IS NULL"
        + " AND overdue_recorded_at IS NOT NULL ORDER BY standard_deadline LIMIT ?", row -> row.getString(1), limit);
  }

  private Instant standardDeadline(String taskId) {
    return transaction.query("SELECT standard_deadline FROM sop_task_deadline WHERE task_id = ?",
        row -> EngineTransaction.instant(row, "standard_deadline"), taskId).get(0);
  }

  private <T> T execute(Supplier<T> work) {
    return commands.run(work);
  }
}

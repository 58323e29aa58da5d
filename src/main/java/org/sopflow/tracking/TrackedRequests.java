package org.sopflow.tracking;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.sopflow.catalog.SopCatalog;
import org.sopflow.model.Role;
import org.sopflow.model.RoleCatalogue;
import org.sopflow.model.ServiceStandards;
import org.sopflow.model.SopDefinition;
import org.sopflow.model.SopLane;
import org.sopflow.model.SopStep;
import org.sopflow.model.StandarPelayanan;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Finds a request by its tracking code (or instance) and tells what a citizen may see of it. */
@Service
class TrackedRequests {

  private final JdbcClient jdbc;
  private final HistoryService history;
  private final SopCatalog catalog;
  private final RoleCatalogue roles;
  private final ServiceStandards standards;
  private final Map<String, Optional<SopDefinition>> models = new ConcurrentHashMap<>();

  TrackedRequests(JdbcClient jdbc, HistoryService history, SopCatalog catalog, RoleCatalogue roles,
                  ServiceStandards standards) {
    this.jdbc = jdbc;
    this.history = history;
    this.catalog = catalog;
    this.roles = roles;
    this.standards = standards;
  }

  Optional<TrackedRequest> byCode(String code) {
    if (!TrackingCode.isWellFormed(code)) {
      return Optional.empty();
    }
    return request("t.code = ?", code);
  }

  /** Whether the instance has a tracking code, whoever asks. */
  boolean tracked(String processInstanceId) {
    return jdbc.sql("SELECT COUNT(*) FROM sop_tracking WHERE process_instance_id = ?").param(processInstanceId)
        .query(Long.class).single() > 0;
  }

  /** The request of an instance, as far as the current user may read the instance (Camunda authorization). */
  Optional<TrackedRequest> byInstance(String processInstanceId) {
    if (history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0) {
      return Optional.empty();
    }
    return request("t.process_instance_id = ?", processInstanceId);
  }

  /** The instance as Camunda's history and the SOP tables know it. */
  private record Instance(String code, String id, String businessKey, String definitionId, int version, Instant startedAt,
                          Instant endedAt, String endActivityId, String state, Instant serviceDeadline,
                          boolean extended, boolean waiting) {
  }

  /** One task of the instance, open or ended. */
  private record Task(String activityId, String role, Instant endedAt, Instant standardDeadline) {
  }

  /**
   * Two indexed queries a page (the instance with its deadline, then its tasks), read directly: the
   * page is public and is asked for by many at once, so it avoids the engine's commands.
   */
  private Optional<TrackedRequest> request(String condition, String value) {
    return jdbc.sql("SELECT t.code, p.ID_, p.BUSINESS_KEY_, p.PROC_DEF_ID_, d.VERSION_, p.START_TIME_, p.END_TIME_,"
            + " p.END_ACT_ID_, p.STATE_, i.service_deadline, i.extended_by, i.waiting_since FROM sop_tracking t"
            + " JOIN ACT_HI_PROCINST p ON p.ID_ = t.process_instance_id JOIN ACT_RE_PROCDEF d ON d.ID_ = p.PROC_DEF_ID_"
            + " LEFT JOIN sop_instance_deadline i ON i.process_instance_id = t.process_instance_id WHERE " + condition)
        .param(value).query((row, number) -> new Instance(row.getString(1), row.getString(2), row.getString(3),
            row.getString(4), row.getInt(5), row.getTimestamp(6).toInstant(),
            row.getTimestamp(7) == null ? null : row.getTimestamp(7).toInstant(), row.getString(8), row.getString(9),
            instant(row.getObject(10, OffsetDateTime.class)), row.getString(11) != null,
            row.getObject(12, OffsetDateTime.class) != null)).optional()
        .flatMap(instance -> model(instance.definitionId()).map(sop -> describe(instance, sop)));
  }

  /** Models never change once deployed: kept per process definition. */
  private Optional<SopDefinition> model(String processDefinitionId) {
    return models.computeIfAbsent(processDefinitionId, catalog::model);
  }

  private TrackedRequest describe(Instance instance, SopDefinition sop) {
    boolean ended = instance.endedAt() != null;
    List<Task> tasks = jdbc.sql("SELECT activity_id, role, ended_at, standard_deadline FROM sop_task_deadline"
            + " WHERE process_instance_id = ? ORDER BY created_at").param(instance.id())
        .query((row, number) -> new Task(row.getString(1), row.getString(2), instant(row.getObject(3, OffsetDateTime.class)),
            instant(row.getObject(4, OffsetDateTime.class)))).list();
    List<TrackedRequest.Stage> current = ended ? List.of() : tasks.stream().filter(task -> task.endedAt() == null)
        .map(task -> new TrackedRequest.Stage(stepName(sop, task.activityId()), roleName(sop, task.role()))).toList();
    List<TrackedRequest.DoneStep> done = tasks.stream().filter(task -> task.endedAt() != null)
        .filter(task -> !ended || !task.endedAt().isAfter(instance.endedAt()))
        .sorted(java.util.Comparator.comparing(Task::endedAt))
        .map(task -> new TrackedRequest.DoneStep(stepName(sop, task.activityId()), roleName(sop, task.role()),
            task.endedAt(), !task.endedAt().isAfter(task.standardDeadline()))).toList();
    Optional<StandarPelayanan> standard = standards.carriedOutBy(sop.key()).stream().findFirst();
    return new TrackedRequest(instance.code(), instance.id(), sop.key(), instance.version(),
        standard.map(StandarPelayanan::nama).orElse(sop.name()), instance.businessKey(), instance.startedAt(),
        status(instance, sop), ended, current, instance.waiting(), done, instance.serviceDeadline(), instance.extended(),
        instance.endedAt(), standard.map(StandarPelayanan::key).orElse(null));
  }

  private static String status(Instance instance, SopDefinition sop) {
    if (instance.endedAt() == null) {
      return "diproses";
    }
    if (!HistoricProcessInstance.STATE_COMPLETED.equals(instance.state())) {
      return "dihentikan";
    }
    return sop.endStatus().getOrDefault(instance.endActivityId(), "selesai");
  }

  private static Instant instant(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }

  private static String stepName(SopDefinition sop, String activityId) {
    return sop.step(activityId).map(SopStep::name).filter(name -> name != null && !name.isBlank()).orElse("Langkah");
  }

  private String roleName(SopDefinition sop, String role) {
    if (role == null) {
      return "";
    }
    return roles.find(role).map(Role::name).or(() -> sop.lane(role).map(SopLane::name)).orElse(role);
  }
}

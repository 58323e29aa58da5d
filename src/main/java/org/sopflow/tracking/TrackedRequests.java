package org.sopflow.tracking;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.sopflow.catalog.SopCatalog;
import org.sopflow.deadline.InstanceDeadlines;
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
  private final InstanceDeadlines deadlines;
  private final RoleCatalogue roles;
  private final ServiceStandards standards;

  TrackedRequests(JdbcClient jdbc, HistoryService history, SopCatalog catalog, InstanceDeadlines deadlines,
                  RoleCatalogue roles, ServiceStandards standards) {
    this.jdbc = jdbc;
    this.history = history;
    this.catalog = catalog;
    this.deadlines = deadlines;
    this.roles = roles;
    this.standards = standards;
  }

  Optional<TrackedRequest> byCode(String code) {
    if (!TrackingCode.isWellFormed(code)) {
      return Optional.empty();
    }
    return jdbc.sql("SELECT process_instance_id FROM sop_tracking WHERE code = ?").param(code).query(String.class)
        .optional().flatMap(instance -> request(code, instance));
  }

  /** Whether the instance has a tracking code, whoever asks. */
  boolean tracked(String processInstanceId) {
    return jdbc.sql("SELECT COUNT(*) FROM sop_tracking WHERE process_instance_id = ?").param(processInstanceId)
        .query(Long.class).single() > 0;
  }

  /** The request of an instance, as far as the current user may read the instance (Camunda authorization). */
  Optional<TrackedRequest> byInstance(String processInstanceId) {
    return jdbc.sql("SELECT code FROM sop_tracking WHERE process_instance_id = ?").param(processInstanceId)
        .query(String.class).optional().flatMap(code -> request(code, processInstanceId));
  }

  private Optional<TrackedRequest> request(String code, String processInstanceId) {
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
        .singleResult();
    if (instance == null) {
      return Optional.empty();
    }
    return catalog.model(instance.getProcessDefinitionId()).map(sop -> describe(code, instance, sop));
  }

  private TrackedRequest describe(String code, HistoricProcessInstance instance, SopDefinition sop) {
    Optional<InstanceDeadlines.Deadlines> service = deadlines.of(instance.getId());
    boolean ended = instance.getEndTime() != null;
    List<TrackedRequest.Stage> current = ended ? List.of() : service.map(s -> s.openTasks().stream()
        .map(task -> new TrackedRequest.Stage(stepName(sop, task.activityId()), roleName(sop, task.role()))).toList())
        .orElse(List.of());
    List<TrackedRequest.DoneStep> done = deadlines.ended(instance.getId()).stream()
        .filter(task -> !ended || task.endedAt().compareTo(instance.getEndTime().toInstant()) <= 0)
        .map(task -> new TrackedRequest.DoneStep(stepName(sop, task.activityId()), roleName(sop, task.role()),
            task.endedAt(), task.withinStandard())).toList();
    Optional<StandarPelayanan> standard = standards.carriedOutBy(sop.key()).stream().findFirst();
    return new TrackedRequest(code, instance.getId(), sop.key(), instance.getProcessDefinitionVersion(),
        standard.map(StandarPelayanan::nama).orElse(sop.name()), instance.getBusinessKey(),
        instance.getStartTime().toInstant(), status(instance, sop), ended, current,
        service.map(s -> s.waitingSince() != null).orElse(false), done,
        service.map(InstanceDeadlines.Deadlines::serviceDeadline).orElse(null),
        service.map(s -> s.extendedBy() != null).orElse(false),
        ended ? instance.getEndTime().toInstant() : null, standard.map(StandarPelayanan::key).orElse(null));
  }

  private static String status(HistoricProcessInstance instance, SopDefinition sop) {
    if (instance.getEndTime() == null) {
      return "diproses";
    }
    if (!HistoricProcessInstance.STATE_COMPLETED.equals(instance.getState())) {
      return "dihentikan";
    }
    return sop.endStatus().getOrDefault(instance.getEndActivityId(), "selesai");
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

package org.sopflow.tracking;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.sopflow.catalog.SopCatalog;
import org.sopflow.deadline.InstanceDeadlines;
import org.sopflow.deadline.InstanceDeadlines.StepDeadline;
import org.sopflow.engine.HistoricInstances;
import org.sopflow.engine.HistoricInstances.HistoricInstance;
import org.sopflow.model.Role;
import org.sopflow.model.RoleCatalogue;
import org.sopflow.model.ServiceStandards;
import org.sopflow.model.SopDefinition;
import org.sopflow.model.SopLane;
import org.sopflow.model.SopStep;
import org.sopflow.model.StandarPelayanan;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Finds a request by its tracking code (or instance) and tells what a citizen may see of it; issues
 * the codes. A request found by its instance carries no code: only its hash is stored.
 */
@Service
class TrackedRequests {

  private final JdbcClient jdbc;
  private final HistoryService history;
  private final HistoricInstances instances;
  private final InstanceDeadlines deadlines;
  private final SopCatalog catalog;
  private final RoleCatalogue roles;
  private final ServiceStandards standards;
  private final Clock clock;
  private final Map<String, Optional<SopDefinition>> models = new ConcurrentHashMap<>();

  TrackedRequests(JdbcClient jdbc, HistoryService history, HistoricInstances instances, InstanceDeadlines deadlines,
                  SopCatalog catalog, RoleCatalogue roles, ServiceStandards standards, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.history = history;
    this.instances = instances;
    this.deadlines = deadlines;
    this.catalog = catalog;
    this.roles = roles;
    this.standards = standards;
  }

  Optional<TrackedRequest> byCode(String code) {
    if (!TrackingCode.isWellFormed(code)) {
      return Optional.empty();
    }
    return request("code_hash = ?", TrackingCode.hash(code), code);
  }

  /**
   * A new code for the instance's receipt: the one before it stops working, and who printed it and
   * how often is kept. Only the code's hash is stored; the code is returned once, for the receipt.
   */
  String issueCode(String processInstanceId, String printedBy) {
    for (int attempt = 0; attempt < 5; attempt++) {
      String code = TrackingCode.next();
      try {
        int issued = jdbc.sql("UPDATE sop_tracking SET code_hash = ?, issued_at = ?, issued_by = ?, issues = issues + 1"
                + " WHERE process_instance_id = ?")
            .params(TrackingCode.hash(code), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), printedBy,
                processInstanceId).update();
        if (issued != 1) {
          throw new IllegalStateException("Process instance '" + processInstanceId + "' is not tracked");
        }
        return code;
      } catch (DuplicateKeyException clash) {
        // another request holds the same code (about one in 10^15 per pair): draw again
      }
    }
    throw new IllegalStateException("No unused tracking code after 5 draws");
  }

  /** How often the instance's receipt was printed, each printing a new code. */
  int issues(String processInstanceId) {
    return jdbc.sql("SELECT issues FROM sop_tracking WHERE process_instance_id = ?").param(processInstanceId)
        .query(Integer.class).optional().orElse(0);
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
    return request("process_instance_id = ?", processInstanceId, null);
  }

  /**
   * Four indexed reads a page (the code, the instance, its service deadline, its steps), without the
   * engine's commands: the page is public and is asked for by many at once.
   */
  private Optional<TrackedRequest> request(String condition, String value, String code) {
    return jdbc.sql("SELECT process_instance_id FROM sop_tracking WHERE " + condition).param(value)
        .query(String.class).optional()
        .flatMap(instanceId -> instances.find(instanceId)
            .flatMap(instance -> model(instance.definitionId()).map(sop -> describe(code, instance, sop))));
  }

  /** Models never change once deployed: kept per process definition. */
  private Optional<SopDefinition> model(String processDefinitionId) {
    return models.computeIfAbsent(processDefinitionId, catalog::model);
  }

  private TrackedRequest describe(String code, HistoricInstance instance, SopDefinition sop) {
    boolean ended = instance.endedAt() != null;
    InstanceDeadlines.Progress progress = deadlines.progress(instance.id());
    List<TrackedRequest.Stage> current = ended ? List.of() : progress.steps().stream()
        .filter(step -> step.endedAt() == null)
        .map(step -> new TrackedRequest.Stage(stepName(sop, step.activityId()), roleName(sop, step.role()))).toList();
    List<TrackedRequest.DoneStep> done = progress.steps().stream().filter(step -> step.endedAt() != null)
        .filter(step -> !ended || !step.endedAt().isAfter(instance.endedAt()))
        .sorted(Comparator.comparing(StepDeadline::endedAt))
        .map(step -> new TrackedRequest.DoneStep(stepName(sop, step.activityId()), roleName(sop, step.role()),
            step.endedAt(), !step.endedAt().isAfter(step.standardDeadline()))).toList();
    Optional<StandarPelayanan> standard = standards.carriedOutBy(sop.key()).stream().findFirst();
    return new TrackedRequest(code, instance.id(), sop.key(), instance.definitionVersion(),
        standard.map(StandarPelayanan::nama).orElse(sop.name()), instance.businessKey(), instance.startedAt(),
        status(instance, sop), ended, current, progress.waiting(), done, progress.serviceDeadline(),
        progress.extended(), instance.endedAt(), standard.map(StandarPelayanan::key).orElse(null));
  }

  private static String status(HistoricInstance instance, SopDefinition sop) {
    if (instance.endedAt() == null) {
      return "diproses";
    }
    if (!HistoricProcessInstance.STATE_COMPLETED.equals(instance.state())) {
      return "dihentikan";
    }
    return sop.endStatus().getOrDefault(instance.endActivityId(), "selesai");
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

package org.sopflow.renewal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.sopflow.catalog.SopCatalog;
import org.sopflow.model.SopDefinition;
import org.sopflow.model.SopStep;
import org.sopflow.renewal.SopVersions.DraftRefused;
import org.springframework.stereotype.Component;

/**
 * The running cases of a renewed SOP's earlier versions, and moving chosen ones onto the version in
 * force with Camunda's migration: each open step maps onto the step of the same id; a case with a
 * step the new version no longer has stays where it is. The move is noted in the case's history;
 * the deadline module computes the moved steps' deadlines again from the new standard.
 */
@Component
public class RunningCases {

  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final TaskService tasks;
  private final SopCatalog catalog;

  RunningCases(RuntimeService runtime, RepositoryService repository, TaskService tasks, SopCatalog catalog) {
    this.runtime = runtime;
    this.repository = repository;
    this.tasks = tasks;
    this.catalog = catalog;
  }

  /** An open step of a running case, and whether it can move ({@code reason} says why not). */
  public record OpenStep(String activityId, String name, boolean movable, String reason) {
  }

  /** A running case on an earlier version, with its open steps. */
  public record RunningCase(String processInstanceId, String businessKey, int version, List<OpenStep> openSteps) {
    public boolean movable() {
      return openSteps.stream().allMatch(OpenStep::movable);
    }
  }

  /** The running cases of the SOP's other versions, as they would move onto {@code version}. */
  public List<RunningCase> preview(SopVersion version) {
    String target = inForce(version);
    Map<String, Plan> plans = new HashMap<>();
    List<RunningCase> cases = new ArrayList<>();
    for (ProcessInstance instance : runtime.createProcessInstanceQuery().processDefinitionKey(version.sopKey())
        .orderByProcessInstanceId().asc().list()) {
      if (!instance.getProcessDefinitionId().equals(target)) {
        Plan plan = plans.computeIfAbsent(instance.getProcessDefinitionId(), source -> plan(source, target));
        cases.add(new RunningCase(instance.getId(), instance.getBusinessKey(),
            repository.getProcessDefinition(instance.getProcessDefinitionId()).getVersion(),
            runtime.getActiveActivityIds(instance.getId()).stream().map(plan::step).toList()));
      }
    }
    return cases;
  }

  /**
   * Moves the chosen cases onto the version in force, in one migration per earlier version; refused,
   * naming the case and the step, when one of them cannot move. Returns the moved cases.
   */
  public List<String> move(SopVersion version, List<String> processInstanceIds, String user) {
    Map<String, RunningCase> running = preview(version).stream()
        .collect(Collectors.toMap(RunningCase::processInstanceId, c -> c));
    for (String id : processInstanceIds) {
      RunningCase found = running.get(id);
      if (found == null) {
        throw new DraftRefused("processInstanceIds: '" + id + "' is no running case of an earlier version of SOP '"
            + version.sopKey() + "'");
      }
      found.openSteps().stream().filter(step -> !step.movable()).findFirst().ifPresent(step -> {
        throw new DraftRefused("case " + id + " cannot move: step '" + step.activityId() + "' (" + step.name() + "): "
            + step.reason());
      });
    }
    String target = inForce(version);
    Map<String, List<String>> bySource = new LinkedHashMap<>();
    for (String id : processInstanceIds) {
      bySource.computeIfAbsent(runtime.createProcessInstanceQuery().processInstanceId(id).singleResult()
          .getProcessDefinitionId(), source -> new ArrayList<>()).add(id);
    }
    bySource.forEach((source, ids) -> runtime.newMigration(plan(source, target).migrationPlan())
        .processInstanceIds(ids).execute());
    String note = "Kasus dipindahkan ke SOP " + version.sopKey() + " " + version.label() + " (nomor "
        + version.nomor() + ") karena pembaruan SOP, oleh " + user + "; tenggat langkah yang terbuka dihitung ulang"
        + " menurut waktu standar versi baru.";
    processInstanceIds.forEach(id -> tasks.createComment(null, id, note));
    return List.copyOf(processInstanceIds);
  }

  private String inForce(SopVersion version) {
    if (version.state() != VersionState.BERLAKU) {
      throw new DraftRefused("version " + version.id() + " is " + version.state().label() + ": cases move only onto"
          + " the version in force");
    }
    return version.processDefinitionId();
  }

  private Plan plan(String source, String target) {
    SopDefinition sop = catalog.model(source).orElseThrow();
    try {
      MigrationPlan plan = runtime.createMigrationPlan(source, target).mapEqualActivities().updateEventTriggers()
          .build();
      return new Plan(sop, plan, mappedSteps(plan.getInstructions()), null);
    } catch (MigrationPlanValidationException e) {
      return new Plan(sop, null, Set.of(), e.getMessage());
    }
  }

  /** Camunda's plan from one earlier version, and the steps it maps. */
  private record Plan(SopDefinition sop, MigrationPlan migrationPlan, Set<String> mapped, String refusal) {

    OpenStep step(String activityId) {
      String name = sop.step(activityId).map(SopStep::name).orElse(activityId);
      if (refusal != null) {
        return new OpenStep(activityId, name, false, "Camunda tidak dapat memetakan versi ini: " + refusal);
      }
      return mapped.contains(activityId) ? new OpenStep(activityId, name, true, null)
          : new OpenStep(activityId, name, false, "langkah ini tidak ada pada versi baru");
    }
  }

  private static Set<String> mappedSteps(List<MigrationInstruction> instructions) {
    return instructions.stream().map(MigrationInstruction::getSourceActivityId)
        .collect(Collectors.toSet());
  }
}

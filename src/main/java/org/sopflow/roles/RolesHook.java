package org.sopflow.roles;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.sopflow.deadline.DeadlineListener;
import org.sopflow.engine.EngineTransaction;
import org.sopflow.engine.NewDeployment;
import org.sopflow.engine.ParsedSop;
import org.sopflow.engine.SopEngineHook;
import org.sopflow.model.Role;
import org.sopflow.model.RoleCatalogue;
import org.sopflow.model.SopLane;
import org.sopflow.model.SopProperty;
import org.sopflow.model.SopReader;
import org.sopflow.model.SopStep;

/**
 * Offers every user task to the role of its lane, unless the modeller assigned it explicitly, and
 * refuses a model whose lane is not a catalogued role or whose user task lies in no lane; each offered
 * task opens its case to the role and the roles above it ({@link CaseAccess}), and an ended case goes
 * to their lists of finished cases ({@link CaseReaders}). Grants
 * the SOP's roles their access in the transaction of every new deployment, whichever way it comes
 * (the processes folder, Camunda Modeler, {@code /engine-rest}).
 */
public final class RolesHook implements SopEngineHook {

  private final RoleCatalogue catalogue;
  private final CaseAccess caseAccess;
  private final CaseReaders caseReaders;

  public RolesHook(RoleCatalogue catalogue) {
    this.catalogue = catalogue;
    EngineTransaction transaction = new EngineTransaction();
    this.caseAccess = new CaseAccess(catalogue, transaction);
    this.caseReaders = new CaseReaders(transaction);
  }

  /** Told of escalations by the overdue detector: the role a step climbs to follows the case. */
  public DeadlineListener escalationAccess() {
    return caseAccess;
  }

  @Override
  public Stage stage() {
    return Stage.ROLES;
  }

  /**
   * A model deployed without Tenant ID (Camunda Modeler, {@code /engine-rest}) whose lanes are one
   * OPD's roles goes to that OPD, as if its tenant had been named; lanes of several OPDs are refused
   * when parsed.
   */
  @Override
  public void beforeDeploy(NewDeployment deployment) {
    if (deployment.tenantId() == null) {
      assignByLanes(deployment);
    }
    refuseKeysOfAnotherOpd(deployment);
  }

  private void assignByLanes(NewDeployment deployment) {
    java.util.Set<String> opds = deployment.resources().keySet().stream()
        .filter(name -> name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml"))
        .flatMap(name -> deployment.reads(name).values().stream())
        .map(SopReader.Result::sop).filter(java.util.Objects::nonNull)
        .flatMap(sop -> sop.lanes().stream()).map(lane -> catalogue.opdOf(lane.id()))
        .flatMap(java.util.Optional::stream).collect(java.util.stream.Collectors.toSet());
    if (opds.size() == 1) {
      deployment.assignTenant(opds.iterator().next());
    }
  }

  /**
   * SOP keys are city-wide, as role ids are: SOP Flow's reports and pages name an SOP by its key, so a
   * key another OPD already deployed is refused, naming that OPD.
   */
  private void refuseKeysOfAnotherOpd(NewDeployment deployment) {
    for (String name : deployment.resources().keySet()) {
      if (!name.endsWith(".bpmn") && !name.endsWith(".bpmn20.xml")) {
        continue;
      }
      for (String key : deployment.reads(name).keySet()) {
        List<String> others = deployment.otherTenantsWithProcess(key);
        if (!others.isEmpty()) {
          throw new org.camunda.bpm.engine.ParseException("SOP '" + key + "' (" + name + "): the key is already an SOP"
              + " of OPD " + others + "; SOP keys are city-wide, begin this OPD's with its own name", name,
              List.of(), List.of());
        }
      }
    }
  }

  @Override
  public void parsed(ParsedSop process) {
    List<String> problems = new ArrayList<>();
    for (SopLane lane : process.sop().lanes()) {
      if (!catalogue.contains(lane.id())) {
        problems.add("lane '" + lane.id() + "' (\"" + lane.name() + "\") is not a role in the role catalogue "
            + RoleCatalogue.FILE_NAME + "; known roles: " + String.join(", ", catalogue.ids()));
      } else {
        otherOpd(lane, process.tenantId()).ifPresent(problems::add);
      }
    }
    for (SopStep step : process.sop().steps()) {
      if (step.isUserTask() && step.role() == null) {
        problems.add("user task '" + step.activityId() + "' (\"" + step.name() + "\") lies in no lane;"
            + " put it in the lane of the role that performs it");
      } else if (step.isUserTask() && catalogue.find(step.role()).filter(Role::isStandIn).isPresent()) {
        Role lane = catalogue.find(step.role()).get();
        String variable = lane.isPerAgency() ? process.sop().identity(SopProperty.INSTANSI) : lane.namedBy();
        if (variable == null) {
          problems.add("user task '" + step.activityId() + "' lies in lane '" + step.role() + "', which stands for the"
              + " agency concerned (per-agency in " + RoleCatalogue.FILE_NAME + "); name the process variable that holds"
              + " the agency with sop.instansi");
        } else {
          process.onUserTask(step.activityId(), TaskListener.EVENTNAME_CREATE, new StandInOffer(lane, variable, catalogue));
          process.onUserTask(step.activityId(), TaskListener.EVENTNAME_CREATE, caseAccess);
        }
      } else if (step.isUserTask()) {
        process.offerUnlessAssigned(step.activityId(), step.role());
        process.onUserTask(step.activityId(), TaskListener.EVENTNAME_CREATE, caseAccess);
      }
    }
    if (process.sop().steps().stream().anyMatch(SopStep::isUserTask)) {
      // each user task is offered to its lane (or the SOP is refused); without one a case has no readers
      process.onProcess(ExecutionListener.EVENTNAME_END, caseReaders);
    }
    if (!problems.isEmpty()) {
      process.refuse("SOP '" + process.sop().key() + "': " + String.join("; ", problems));
    }
  }

  /**
   * A lane is a role of the OPD the SOP is deployed to: an OPD's roles work only its own SOPs, and a
   * model deployed without tenant would be every OPD's.
   */
  private java.util.Optional<String> otherOpd(SopLane lane, String tenantId) {
    return catalogue.opdOf(lane.id()).filter(opd -> !opd.equals(tenantId)).map(opd -> "lane '" + lane.id()
        + "' is a role of OPD '" + opd + "', but the SOP is deployed " + (tenantId == null ? "without tenant"
        : "to tenant '" + tenantId + "'") + "; deploy it to tenant '" + opd + "' (Camunda Modeler: Tenant ID)");
  }

  @Override
  public void afterDeploy(NewDeployment deployment) {
    SopAuthorizations.grant(deployment.authorizations(), catalogue, deployment.tenantId(), deployment.sops());
  }
}

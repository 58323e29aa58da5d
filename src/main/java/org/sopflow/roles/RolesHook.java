package org.sopflow.roles;

import java.util.ArrayList;
import java.util.List;
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
import org.sopflow.model.SopStep;

/**
 * Offers every user task to the role of its lane, unless the modeller assigned it explicitly, and
 * refuses a model whose lane is not a catalogued role or whose user task lies in no lane; each offered
 * task opens its case to the role and the roles above it ({@link CaseAccess}). Grants
 * the SOP's roles their access in the transaction of every new deployment, whichever way it comes
 * (the processes folder, Camunda Modeler, {@code /engine-rest}).
 */
public final class RolesHook implements SopEngineHook {

  private final RoleCatalogue catalogue;
  private final CaseAccess caseAccess;

  public RolesHook(RoleCatalogue catalogue) {
    this.catalogue = catalogue;
    this.caseAccess = new CaseAccess(catalogue, new EngineTransaction());
  }

  /** Told of escalations by the overdue detector: the role a step climbs to follows the case. */
  public DeadlineListener escalationAccess() {
    return caseAccess;
  }

  @Override
  public Stage stage() {
    return Stage.ROLES;
  }

  @Override
  public void parsed(ParsedSop process) {
    List<String> problems = new ArrayList<>();
    for (SopLane lane : process.sop().lanes()) {
      if (!catalogue.contains(lane.id())) {
        problems.add("lane '" + lane.id() + "' (\"" + lane.name() + "\") is not a role in the role catalogue "
            + RoleCatalogue.FILE_NAME + "; known roles: " + String.join(", ", catalogue.ids()));
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
    if (!problems.isEmpty()) {
      process.refuse("SOP '" + process.sop().key() + "': " + String.join("; ", problems));
    }
  }

  @Override
  public void afterDeploy(NewDeployment deployment) {
    SopAuthorizations.grant(deployment.authorizations(), catalogue, deployment.sops());
  }
}

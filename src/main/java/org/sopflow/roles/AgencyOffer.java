package org.sopflow.roles;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.sopflow.model.RoleCatalogue;

/**
 * Offers a step in a per-agency lane (the agency concerned, e.g. the SP4N-LAPOR! liaison) to the role
 * of the one agency the case names in its {@code sop.instansi} variable, so that no other agency sees
 * it. A case naming no agency, or one not in roles.yaml, cannot reach the step.
 */
final class AgencyOffer implements TaskListener {

  private final String laneRole;
  private final String variable;
  private final RoleCatalogue catalogue;

  AgencyOffer(String laneRole, String variable, RoleCatalogue catalogue) {
    this.laneRole = laneRole;
    this.variable = variable;
    this.catalogue = catalogue;
  }

  @Override
  public void notify(DelegateTask task) {
    Object agency = task.getVariable(variable);
    String role = catalogue.agencyRole(laneRole, String.valueOf(agency)).orElseThrow(() -> new BadUserRequestException(
        "Step '" + task.getTaskDefinitionKey() + "' goes to the agency named in variable '" + variable + "', which is "
            + (agency == null ? "empty" : "'" + agency + "', not an agency of roles.yaml") + "; known agencies: "
            + agencies()));
    task.addCandidateGroup(role);
  }

  private List<String> agencies() {
    return catalogue.agencies().stream().map(RoleCatalogue.Agency::id).toList();
  }
}

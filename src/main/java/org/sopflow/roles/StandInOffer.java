package org.sopflow.roles;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.sopflow.model.Role;
import org.sopflow.model.RoleCatalogue;

/**
 * Offers a step in a stand-in lane to the one role its case chooses, so that no other role sees it:
 * in a per-agency lane (the agency concerned, e.g. the SP4N-LAPOR! liaison) the role of the agency the
 * case names in its {@code sop.instansi} variable; in a named-by lane (the responsible of a follow-up)
 * the role the case names in that variable. A case naming none, or one not in roles.yaml, cannot
 * reach the step.
 */
final class StandInOffer implements TaskListener {

  private final Role lane;
  private final String variable;
  private final RoleCatalogue catalogue;

  StandInOffer(Role lane, String variable, RoleCatalogue catalogue) {
    this.lane = lane;
    this.variable = variable;
    this.catalogue = catalogue;
  }

  @Override
  public void notify(DelegateTask task) {
    Object named = task.getVariable(variable);
    Optional<String> role = lane.isPerAgency() ? catalogue.agencyRole(lane.id(), String.valueOf(named))
        : catalogue.namedRole(lane.id(), named);
    String kind = lane.isPerAgency() ? "agency" : "role";
    task.addCandidateGroup(role.orElseThrow(() -> new BadUserRequestException("Step '"
        + task.getTaskDefinitionKey() + "' goes to the " + kind + " named in variable '" + variable + "', which is "
        + (named == null ? "empty" : "'" + named + "', not an " + kind + " of roles.yaml") + "; known: " + known())));
  }

  private List<String> known() {
    return lane.isPerAgency() ? catalogue.agencies().stream().map(RoleCatalogue.Agency::id).toList()
        : catalogue.roles().stream().filter(role -> !role.isStandIn()).map(Role::id).toList();
  }
}

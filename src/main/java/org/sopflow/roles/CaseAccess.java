package org.sopflow.roles;

import static org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions.READ;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.sopflow.engine.EngineTransaction;
import org.sopflow.engine.EngineTransaction.CaseGrant;
import org.sopflow.model.RoleCatalogue;

/**
 * Need to know (UU 27/2022): a role reads a case once one of its steps in that case is offered to
 * it, and so do the roles above it; nobody else. Each offered task grants its candidate roles and
 * their supervisors Camunda's READ on the historic process instance (Camunda then removes the grant
 * with the case's history), and the supervisors READ on the running instance (Cockpit), which goes
 * when the case ends. The SOP itself grants only its definition, not its history. Like Camunda's own
 * grants, none is written while the engine checks no authorizations.
 */
final class CaseAccess implements TaskListener {

  private final RoleCatalogue catalogue;
  private final EngineTransaction transaction;

  CaseAccess(RoleCatalogue catalogue, EngineTransaction transaction) {
    this.catalogue = catalogue;
    this.transaction = transaction;
  }

  /** When the case ends: the grants on the running instance go with it. */
  ExecutionListener onCaseEnd() {
    return execution -> {
      if (transaction.authorizationEnabled()) {
        transaction.deleteAuthorizationsOn(Resources.PROCESS_INSTANCE, execution.getProcessInstanceId());
      }
    };
  }

  @Override
  public void notify(DelegateTask task) {
    if (!transaction.authorizationEnabled()) {
      return;
    }
    Set<String> roles = new LinkedHashSet<>();
    Set<String> supervisors = new LinkedHashSet<>();
    for (IdentityLink candidate : task.getCandidates()) {
      if (candidate.getGroupId() != null && catalogue.contains(candidate.getGroupId())) {
        roles.add(candidate.getGroupId());
        supervisors.addAll(catalogue.supervisorsOf(candidate.getGroupId()));
      }
    }
    if (roles.isEmpty()) {
      return;
    }
    Map<List<Object>, CaseGrant> grants = new LinkedHashMap<>(); // each group and resource once
    roles.forEach(role -> add(grants, new CaseGrant(role, Resources.HISTORIC_PROCESS_INSTANCE, READ)));
    supervisors.forEach(role -> {
      add(grants, new CaseGrant(role, Resources.HISTORIC_PROCESS_INSTANCE, READ));
      add(grants, new CaseGrant(role, Resources.PROCESS_INSTANCE, Permissions.READ));
    });
    transaction.grantOnCase(task.getProcessInstanceId(), grants.values());
  }

  private static void add(Map<List<Object>, CaseGrant> grants, CaseGrant grant) {
    grants.putIfAbsent(List.of(grant.groupId(), grant.resource().resourceType()), grant);
  }
}

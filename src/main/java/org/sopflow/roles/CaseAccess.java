package org.sopflow.roles;

import static org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions.READ;

import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.sopflow.deadline.DeadlineListener;
import org.sopflow.engine.EngineTransaction.CaseGrant;
import org.sopflow.engine.EngineTransaction;
import org.sopflow.model.RoleCatalogue;
import org.sopflow.model.SopDefinition;

/**
 * Need to know (UU 27/2022): a role reads a case once one of its steps in that case is offered to
 * it, and so do the roles above it; nobody else. Each offered task grants its candidate roles and
 * their supervisors Camunda's READ on the historic process instance, and the supervisors READ on the
 * running instance, to follow it in Cockpit; so does a step escalated further up. The grants go
 * when the case's history does (the retention sweep; a grant on a running instance that ended grants
 * nothing meanwhile). The SOP itself grants only its definition, not its history.
 * Like Camunda's own grants, none is written while the engine checks no authorizations.
 */
final class CaseAccess implements TaskListener, DeadlineListener {

  /** How many recent cases this node remembers the granted roles of. */
  private static final int REMEMBERED_CASES = 10_000;

  private final RoleCatalogue catalogue;
  private final EngineTransaction transaction;
  /**
   * The grants (resource and role) written on recent cases by this node (once committed), so that a
   * step of a role the case already reached sends no statement. A case another node granted, or one forgotten, only
   * costs a statement that adds nothing.
   */
  private final Map<String, Set<String>> granted = Collections.synchronizedMap(
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Set<String>> eldest) {
          return size() > REMEMBERED_CASES;
        }
      });

  CaseAccess(RoleCatalogue catalogue, EngineTransaction transaction) {
    this.catalogue = catalogue;
    this.transaction = transaction;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!transaction.authorizationEnabled()) {
      return;
    }
    String caseId = task.getProcessInstanceId();
    Map<String, CaseGrant> adding = grantsOpenedBy(task);
    adding.keySet().removeAll(granted.getOrDefault(caseId, Set.of()));
    if (adding.isEmpty()) {
      return;
    }
    transaction.grantOnCase(caseId, List.copyOf(adding.values()));
    Set<String> added = Set.copyOf(adding.keySet());
    transaction.afterCommit(() -> remember(caseId, added));
  }

  /**
   * The grants a task opens, by role and resource: READ on the case's history for its candidate roles
   * and the roles above them, and READ on the running case for the roles above (Cockpit).
   */
  private Map<String, CaseGrant> grantsOpenedBy(DelegateTask task) {
    Map<String, CaseGrant> grants = new LinkedHashMap<>();
    for (IdentityLink candidate : task.getCandidates()) {
      if (candidate.getGroupId() != null && catalogue.contains(candidate.getGroupId())) {
        add(grants, new CaseGrant(candidate.getGroupId(), Resources.HISTORIC_PROCESS_INSTANCE, READ));
        for (String supervisor : catalogue.supervisorsOf(candidate.getGroupId())) {
          add(grants, new CaseGrant(supervisor, Resources.HISTORIC_PROCESS_INSTANCE, READ));
          add(grants, new CaseGrant(supervisor, Resources.PROCESS_INSTANCE, Permissions.READ));
        }
      }
    }
    return grants;
  }

  private static void add(Map<String, CaseGrant> grants, CaseGrant grant) {
    grants.putIfAbsent(grant.resource().resourceType() + ":" + grant.groupId(), grant);
  }

  private void remember(String caseId, Set<String> grants) {
    granted.merge(caseId, grants, (known, added) -> {
      Set<String> all = new HashSet<>(known);
      all.addAll(added);
      return Set.copyOf(all);
    });
  }

  /** A step escalated to a supervisor: it now follows the running case too, in Cockpit. */
  @Override
  public void overdue(DelegateTask task, SopDefinition sop, Instant deadline, String escalatedRole, int level) {
    if (escalatedRole != null && transaction.authorizationEnabled()) {
      transaction.grantOnCase(task.getProcessInstanceId(), List.of(
          new CaseGrant(escalatedRole, Resources.HISTORIC_PROCESS_INSTANCE, READ),
          new CaseGrant(escalatedRole, Resources.PROCESS_INSTANCE, Permissions.READ)));
    }
  }
}

package org.sopflow.roles;

import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.sopflow.deployment.ProcessesDeployed;
import org.sopflow.model.DeployedSop;
import org.sopflow.model.SopCatalog;
import org.sopflow.model.SopDefinition;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At every start (and, through {@link SopAuthorizationDeployer}, with every new deployment) lets the
 * roles of an SOP's lanes read its definition (Tasklist shows the diagram and names), the roles of
 * the lanes holding its start events start it, and the supervisors above its lane roles (the
 * managers, in Cockpit) read its definition, instances and history. Task access itself comes from
 * Camunda's own grants to candidate groups.
 */
@Component
class SopAuthorizations {

  private final SopCatalog catalog;
  private final AuthorizationService authorizationService;
  private final RoleCatalogue roles;

  SopAuthorizations(SopCatalog catalog, AuthorizationService authorizationService, RoleCatalogue roles) {
    this.catalog = catalog;
    this.authorizationService = authorizationService;
    this.roles = roles;
  }

  @EventListener
  void grant(ProcessesDeployed deployed) {
    catalog.latest().stream().map(DeployedSop::sop).forEach(this::grant);
  }

  void grant(SopDefinition sop) {
    grant(authorizationService, roles, List.of(sop));
  }

  /**
   * One grant per role and resource, all permissions together: inside a single engine command an
   * authorization saved earlier is not yet visible to the next query.
   */
  static void grant(AuthorizationService authorizations, RoleCatalogue roles, List<SopDefinition> sops) {
    Map<List<Object>, Set<Permission>> grants = new LinkedHashMap<>();
    for (SopDefinition sop : sops) {
      for (String role : sop.roles()) {
        add(grants, role, Resources.PROCESS_DEFINITION, sop.key(), READ, READ_HISTORY);
        for (String supervisor : roles.supervisorsOf(role)) {
          add(grants, supervisor, Resources.PROCESS_DEFINITION, sop.key(), READ, READ_HISTORY, READ_INSTANCE);
        }
      }
      for (String role : sop.startRoles()) {
        add(grants, role, Resources.PROCESS_DEFINITION, sop.key(), CREATE_INSTANCE);
        add(grants, role, Resources.PROCESS_INSTANCE, Authorization.ANY, CREATE);
      }
    }
    grants.forEach((target, permissions) -> RoleGrants.allowGroup(authorizations, (String) target.get(0),
        (Resource) target.get(1), (String) target.get(2), permissions.toArray(Permission[]::new)));
  }

  private static void add(Map<List<Object>, Set<Permission>> grants, String role, Resource resource, String id,
                          Permission... permissions) {
    grants.computeIfAbsent(List.of(role, resource, id), target -> new LinkedHashSet<>()).addAll(List.of(permissions));
  }
}

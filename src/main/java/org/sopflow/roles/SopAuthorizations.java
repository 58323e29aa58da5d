package org.sopflow.roles;

import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.sopflow.catalog.DeployedSop;
import org.sopflow.catalog.SopCatalog;
import org.sopflow.deployment.ProcessesDeployed;
import org.sopflow.model.RoleCatalogue;
import org.sopflow.model.SopDefinition;
import org.sopflow.model.SopProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At every start (and, through {@link SopAuthorizationDeployer}, with every new deployment) lets the
 * roles of an SOP's lanes read its definition (Tasklist shows the diagram and names), the roles of
 * the lanes holding its start events start it, and the supervisors above its lane roles (the
 * managers, in Cockpit) and the heads of its bidang and of the office ({@code heads} in roles.yaml) read
 * its definition, which scopes their reports to the SOPs under them. Nobody reads all its cases: a role reads the cases
 * that reached it ({@link CaseAccess}). Task access itself comes from Camunda's own grants to
 * candidate groups.
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
    catalog.latest().stream().collect(java.util.stream.Collectors.groupingBy(
            sop -> java.util.Objects.toString(sop.definition().getTenantId(), ""),
            java.util.stream.Collectors.mapping(DeployedSop::sop, java.util.stream.Collectors.toList())))
        .forEach((tenant, sops) -> grant(authorizationService, roles, tenant.isEmpty() ? null : tenant, sops));
  }

  /**
   * One grant per role and resource, all permissions together, with one query for what exists: inside
   * a single engine command an authorization saved earlier is not yet visible to the next query.
   */
  static void grant(AuthorizationService authorizations, RoleCatalogue roles, String tenantId, List<SopDefinition> sops) {
    RoleGrants.Batch grants = new RoleGrants.Batch();
    for (SopDefinition sop : sops) {
      for (String role : sop.roles()) {
        grants.allow(role, Resources.PROCESS_DEFINITION, sop.key(), READ);
        for (String supervisor : roles.supervisorsOf(role)) {
          grants.allow(supervisor, Resources.PROCESS_DEFINITION, sop.key(), READ);
        }
      }
      for (String head : roles.headsOf(tenantId, sop.identity(SopProperty.BIDANG))) {
        grants.allow(head, Resources.PROCESS_DEFINITION, sop.key(), READ);
      }
      for (String role : sop.startRoles()) {
        grants.allow(role, Resources.PROCESS_DEFINITION, sop.key(), CREATE_INSTANCE);
        grants.allow(role, Resources.PROCESS_INSTANCE, Authorization.ANY, CREATE);
      }
    }
    grants.save(authorizations);
  }
}

package org.sopflow.roles;

import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.sopflow.deployment.ProcessesDeployed;
import org.sopflow.model.DeployedSop;
import org.sopflow.model.SopCatalog;
import org.sopflow.model.SopDefinition;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Lets the roles of an SOP's lanes read its definition (Tasklist shows the diagram and names), and
 * the roles of the lanes holding its start events start it. Task access itself comes from
 * Camunda's own grants to candidate groups.
 */
@Component
class SopAuthorizations {

  private final SopCatalog catalog;
  private final AuthorizationService authorizationService;

  SopAuthorizations(SopCatalog catalog, AuthorizationService authorizationService) {
    this.catalog = catalog;
    this.authorizationService = authorizationService;
  }

  @EventListener
  void grant(ProcessesDeployed deployed) {
    catalog.latest().stream().map(DeployedSop::sop).forEach(this::grant);
  }

  void grant(SopDefinition sop) {
    for (String role : sop.roles()) {
      RoleGrants.allowGroup(authorizationService, role, Resources.PROCESS_DEFINITION, sop.key(), READ, READ_HISTORY);
    }
    for (String role : sop.startRoles()) {
      RoleGrants.allowGroup(authorizationService, role, Resources.PROCESS_DEFINITION, sop.key(), CREATE_INSTANCE);
      RoleGrants.allowGroup(authorizationService, role, Resources.PROCESS_INSTANCE, Authorization.ANY, CREATE);
    }
  }
}

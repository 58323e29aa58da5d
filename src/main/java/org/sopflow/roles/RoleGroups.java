package org.sopflow.roles;

import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes every catalogued role a Camunda group that may open Tasklist. Safe to run at every start:
 * missing groups are created, renamed roles renamed, and groups no longer listed are left alone
 * (their history still names them).
 */
@Component
@Order(10)
class RoleGroups implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(RoleGroups.class);
  static final String TASKLIST = "tasklist";
  static final String COCKPIT = "cockpit";

  private final RoleCatalogue catalogue;
  private final IdentityService identityService;
  private final AuthorizationService authorizationService;

  RoleGroups(RoleCatalogue catalogue, IdentityService identityService, AuthorizationService authorizationService) {
    this.catalogue = catalogue;
    this.identityService = identityService;
    this.authorizationService = authorizationService;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (Role role : catalogue.roles()) {
      saveGroup(role);
      RoleGrants.allowGroup(authorizationService, role.id(), Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
    }
    // Supervisors are the managers: Cockpit shows them their SOPs' timing (the SOP plugins).
    catalogue.roles().stream().map(Role::supervisor).filter(Objects::nonNull).distinct().forEach(supervisor ->
        RoleGrants.allowGroup(authorizationService, supervisor, Resources.APPLICATION, COCKPIT, Permissions.ACCESS));
    LOG.info("{} roles of the catalogue are Camunda groups with Tasklist access (Cockpit for supervisors)",
        catalogue.roles().size());
  }

  private void saveGroup(Role role) {
    Group group = identityService.createGroupQuery().groupId(role.id()).singleResult();
    if (group == null) {
      group = identityService.newGroup(role.id());
    } else if (Objects.equals(group.getName(), role.name())) {
      return;
    }
    group.setName(role.name());
    group.setType(Groups.GROUP_TYPE_WORKFLOW);
    identityService.saveGroup(group);
  }
}

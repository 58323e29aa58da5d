package org.sopflow.engine;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;

/**
 * A database that ran on Camunda 7 keeps its administrators in the group {@value #FORMER}; the engine
 * of the Operaton build knows its own ({@link Groups#CAMUNDA_ADMIN}, then {@code operaton-admin}). At
 * each start the engine's group gets the former group's members and grants that it lacks, so the
 * administrators stay administrators, in the webapps and in SOP Flow's own reports. Nothing to do on
 * Camunda, where the two are one.
 */
@Order(4)
class FormerAdminGroup implements ApplicationRunner {

  static final String FORMER = "camunda-admin"; // operaton-rename: keep

  private static final Logger LOG = LoggerFactory.getLogger(FormerAdminGroup.class);

  private final IdentityService identity;
  private final AuthorizationService authorizations;

  FormerAdminGroup(ProcessEngine engine) {
    this.identity = engine.getIdentityService();
    this.authorizations = engine.getAuthorizationService();
  }

  @Override
  public void run(ApplicationArguments args) {
    if (FORMER.equals(Groups.CAMUNDA_ADMIN) || identity.isReadOnly()) {
      return;
    }
    Group former = identity.createGroupQuery().groupId(FORMER).singleResult();
    if (former == null) {
      return;
    }
    if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
      Group admins = identity.newGroup(Groups.CAMUNDA_ADMIN);
      admins.setName(former.getName());
      admins.setType(Groups.GROUP_TYPE_SYSTEM);
      identity.saveGroup(admins);
    }
    int members = carryMembers();
    int grants = carryGrants();
    if (members + grants > 0) {
      LOG.info("Administrators of group '{}' carried over to '{}': {} members, {} grants", FORMER,
          Groups.CAMUNDA_ADMIN, members, grants);
    }
  }

  private int carryMembers() {
    List<String> present = identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list().stream()
        .map(User::getId).toList();
    List<String> missing = identity.createUserQuery().memberOfGroup(FORMER).list().stream().map(User::getId)
        .filter(user -> !present.contains(user)).toList();
    missing.forEach(user -> identity.createMembership(user, Groups.CAMUNDA_ADMIN));
    return missing.size();
  }

  private int carryGrants() {
    int carried = 0;
    for (Authorization grant : authorizations.createAuthorizationQuery().groupIdIn(FORMER)
        .authorizationType(Authorization.AUTH_TYPE_GRANT).list()) {
      boolean present = authorizations.createAuthorizationQuery().groupIdIn(Groups.CAMUNDA_ADMIN)
          .authorizationType(Authorization.AUTH_TYPE_GRANT).resourceType(grant.getResourceType())
          .resourceId(grant.getResourceId()).count() > 0;
      if (!present) {
        AuthorizationEntity copy =
            (AuthorizationEntity) authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        copy.setGroupId(Groups.CAMUNDA_ADMIN);
        copy.setResourceType(grant.getResourceType());
        copy.setResourceId(grant.getResourceId());
        copy.setPermissions(((AuthorizationEntity) grant).getPermissions());
        authorizations.saveAuthorization(copy);
        carried++;
      }
    }
    return carried;
  }
}

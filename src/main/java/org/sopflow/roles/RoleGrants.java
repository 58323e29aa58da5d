package org.sopflow.roles;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/** Idempotent Camunda grants: running a start-up twice never duplicates an authorization. */
public final class RoleGrants {

  private RoleGrants() {
  }

  /** Allows a group the given permissions on one resource, adding to what it already has. */
  public static void allowGroup(AuthorizationService authorizations, String groupId, Resource resource,
                                String resourceId, Permission... permissions) {
    allow(authorizations, groupId, resource, resourceId, permissions);
  }

  /** Allows every user (a global authorization) the given permissions on one resource. */
  public static void allowEveryone(AuthorizationService authorizations, Resource resource, String resourceId,
                                   Permission... permissions) {
    allow(authorizations, null, resource, resourceId, permissions);
  }

  private static void allow(AuthorizationService authorizations, String groupId, Resource resource,
                            String resourceId, Permission... permissions) {
    int type = groupId == null ? Authorization.AUTH_TYPE_GLOBAL : Authorization.AUTH_TYPE_GRANT;
    AuthorizationQuery query = authorizations.createAuthorizationQuery()
        .authorizationType(type).resourceType(resource).resourceId(resourceId);
    Authorization grant = (groupId == null ? query : query.groupIdIn(groupId)).singleResult();
    boolean changed = grant == null;
    if (grant == null) {
      grant = authorizations.createNewAuthorization(type);
      if (groupId == null) {
        grant.setUserId(Authorization.ANY);
      } else {
        grant.setGroupId(groupId);
      }
      grant.setResource(resource);
      grant.setResourceId(resourceId);
    }
    for (Permission permission : permissions) {
      if (!grant.isPermissionGranted(permission)) {
        grant.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizations.saveAuthorization(grant);
    }
  }
}

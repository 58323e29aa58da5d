package org.sopflow.roles;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Idempotent Camunda grants: running a start-up twice never duplicates an authorization. */
public final class RoleGrants {

  private RoleGrants() {
  }

  /**
   * Many group grants at once: the groups' existing authorizations are read in one query per resource
   * type, and only what is missing is saved. At start-up this replaces a query per role and SOP.
   */
  public static final class Batch {

    private final Map<List<Object>, Set<Permission>> grants = new LinkedHashMap<>();

    public Batch allow(String groupId, Resource resource, String resourceId, Permission... permissions) {
      grants.computeIfAbsent(List.of(groupId, resource, resourceId), key -> new LinkedHashSet<>())
          .addAll(List.of(permissions));
      return this;
    }

    public void save(AuthorizationService authorizations) {
      Set<String> groups = new HashSet<>();
      grants.keySet().forEach(key -> groups.add((String) key.get(0)));
      if (groups.isEmpty()) {
        return;
      }
      Map<List<Object>, Authorization> existing = new HashMap<>();
      existing(authorizations, groups).forEach(grant ->
          existing.put(List.of(grant.getGroupId(), grant.getResourceType(), grant.getResourceId()), grant));
      grants.forEach((key, permissions) -> {
        Resource resource = (Resource) key.get(1);
        Authorization grant = existing.get(List.of(key.get(0), resource.resourceType(), key.get(2)));
        RoleGrants.save(authorizations, grant, (String) key.get(0), resource, (String) key.get(2),
            permissions.toArray(Permission[]::new));
      });
    }

    /**
     * The groups' grants on the resource types of this batch, one query per type; where the batch names
     * one resource id of a type (the process instances' "*"), on it only: the case grants of need to
     * know (a few per case, millions after years) are never read.
     */
    private List<Authorization> existing(AuthorizationService authorizations, Set<String> groups) {
      Map<Resource, Set<String>> idsByType = new LinkedHashMap<>();
      grants.keySet().forEach(key -> idsByType.computeIfAbsent((Resource) key.get(1), type -> new HashSet<>())
          .add((String) key.get(2)));
      List<Authorization> existing = new ArrayList<>();
      idsByType.forEach((type, ids) -> {
        AuthorizationQuery query = authorizations.createAuthorizationQuery()
            .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(groups.toArray(String[]::new)).resourceType(type);
        existing.addAll((ids.size() == 1 ? query.resourceId(ids.iterator().next()) : query).list());
      });
      return existing;
    }
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
    save(authorizations, (groupId == null ? query : query.groupIdIn(groupId)).singleResult(), groupId, resource,
        resourceId, permissions);
  }

  /** Adds the permissions to an existing grant, or creates it ({@code grant} null). */
  private static void save(AuthorizationService authorizations, Authorization grant, String groupId, Resource resource,
                           String resourceId, Permission... permissions) {
    int type = groupId == null ? Authorization.AUTH_TYPE_GLOBAL : Authorization.AUTH_TYPE_GRANT;
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

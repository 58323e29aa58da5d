package org.sopflow.engine;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.modulith.NamedInterface;

/** The user a request is authenticated as in the engine (HTTP Basic or the webapp session). */
@NamedInterface("users")
public final class CurrentUser {

  private CurrentUser() {
  }

  /** The user's id, null when no user is authenticated. */
  public static String id(IdentityService identityService) {
    Authentication user = identityService.getCurrentAuthentication();
    return user == null ? null : user.getUserId();
  }

  /** The user's groups, empty when no user is authenticated. */
  public static List<String> groups(IdentityService identityService) {
    Authentication user = identityService.getCurrentAuthentication();
    return user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
  }

  /** Whether the user is in Camunda's administrators' group. */
  public static boolean isAdmin(IdentityService identityService) {
    return groups(identityService).contains(Groups.CAMUNDA_ADMIN);
  }
}

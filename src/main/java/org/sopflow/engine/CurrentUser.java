package org.sopflow.engine;

import java.util.List;
import java.util.function.Supplier;
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

  /**
   * Runs work as the engine itself, with no user's authorization: for a module whose own rule says
   * who may do it (who may move an SOP version, start a follow-up), not a Camunda grant on its cases.
   */
  public static <T> T asEngine(IdentityService identityService, Supplier<T> work) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  /** Whether the user is in Camunda's administrators' group. */
  public static boolean isAdmin(IdentityService identityService) {
    return groups(identityService).contains(Groups.CAMUNDA_ADMIN);
  }
}

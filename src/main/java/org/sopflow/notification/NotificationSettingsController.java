package org.sopflow.notification;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.sopflow.engine.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET / PUT /api/notifications/me}: each user switches their own notifications on or off
 * ({@code {"enabled": false}}), kept as the Camunda user info entry {@code sop.notifikasi};
 * {@code GET /api/notifications/users-without-email}: for admins, whom no e-mail can reach.
 */
@RestController
@RequestMapping(produces = "application/json")
class NotificationSettingsController {

  private final IdentityService identity;

  NotificationSettingsController(IdentityService identity) {
    this.identity = identity;
  }

  @GetMapping("/api/notifications/me")
  Map<String, Object> get() {
    String user = user();
    return Map.of("user", user, "enabled", !NotificationOutbox.OFF.equalsIgnoreCase(
        identity.getUserInfo(user, NotificationOutbox.OPT_OUT)));
  }

  @PutMapping(path = "/api/notifications/me", consumes = "application/json")
  Map<String, Object> put(@RequestBody Map<String, Object> body) {
    if (!(body.get("enabled") instanceof Boolean enabled)) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "enabled must be true or false");
    }
    if (enabled) {
      identity.deleteUserInfo(user(), NotificationOutbox.OPT_OUT);
    } else {
      identity.setUserInfo(user(), NotificationOutbox.OPT_OUT, NotificationOutbox.OFF);
    }
    return get();
  }

  /** For camunda-admin: the users notifications cannot reach, having no e-mail address. */
  @GetMapping(path = "/api/notifications/users-without-email")
  java.util.List<Map<String, String>> usersWithoutEmail() {
    if (!CurrentUser.isAdmin(identity)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "The list of users without an e-mail address is for"
          + " camunda-admin");
    }
    return identity.createUserQuery().orderByUserId().asc().list().stream()
        .filter(user -> user.getEmail() == null || user.getEmail().isBlank())
        .map(user -> Map.of("id", user.getId(), "name", ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
            + (user.getLastName() == null ? "" : user.getLastName())).trim())).toList();
  }

  private String user() {
    String user = CurrentUser.id(identity);
    if (user == null) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Log in to change your notifications");
    }
    return user;
  }
}

package org.sopflow.engine;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/**
 * Told each time a wrong password delays a user's next login (Camunda's login delay); the security
 * module logs and counts it. Every way of logging in (Tasklist, Cockpit, HTTP Basic) passes here.
 */
@NamedInterface("users")
public interface LoginLockouts {

  /** Nothing told: the engines of tests and commands. */
  LoginLockouts NONE = (userId, failedAttempts, until) -> { };

  /**
   * @param failedAttempts wrong passwords in a row, this one included
   * @param until when the user may try again
   */
  void locked(String userId, int failedAttempts, Instant until);
}

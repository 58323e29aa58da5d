package org.sopflow.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sopflow.engine.LoginLockouts;
import org.springframework.stereotype.Component;

/**
 * Each delayed login in the log (the staff account, how many wrong passwords, until when) and in the
 * metrics ({@code sop_login_lockouts_total}): many of them mean someone is guessing passwords.
 */
@Component
class LoginLockoutLog implements LoginLockouts {

  private static final Logger LOG = LoggerFactory.getLogger(LoginLockoutLog.class);

  private final Counter lockouts;

  LoginLockoutLog(MeterRegistry registry) {
    this.lockouts = Counter.builder("sop.login.lockouts")
        .description("Logins delayed after a wrong password (Camunda's login delay)").register(registry);
  }

  @Override
  public void locked(String userId, int failedAttempts, Instant until) {
    lockouts.increment();
    LOG.warn("Login of user '{}' delayed until {} after {} wrong password(s) in a row", userId, until, failedAttempts);
  }
}

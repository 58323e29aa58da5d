package org.sopflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sopflow.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/** Wrong passwords delay the next login, at most 15 minutes, and never lock an account for good. */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:sopflow-lockout-test;DB_CLOSE_DELAY=-1")
class LoginLockoutTest {

  private static final String USER = "uji-kunci";
  private static final String PASSWORD = "Rahasia-Sekali-2026";

  @LocalServerPort
  int port;
  @Autowired
  IdentityService identityService;
  @Autowired
  MeterRegistry metrics;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    identityService.deleteUser(USER);
  }

  @Test
  void twentyWrongPasswordsDelayTheRightOneAtMostFifteenMinutes() {
    User user = identityService.newUser(USER);
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    double before = lockouts();
    Instant now = Instant.parse("2026-12-07T01:00:00Z");
    for (int attempt = 1; attempt <= 20; attempt++) {
      ClockUtil.setCurrentTime(java.util.Date.from(now));
      assertThat(identityService.checkPassword(USER, "salah-" + attempt)).isFalse();
      now = now.plusSeconds(16 * 60); // past any delay, so each wrong password counts
    }
    ClockUtil.setCurrentTime(java.util.Date.from(now.minusSeconds(16 * 60).plusSeconds(5)));
    assertThat(identityService.checkPassword(USER, PASSWORD)).as("still delayed right after").isFalse();
    assertThat(new ApiClient(port).get("/api/sops", USER + ":" + PASSWORD).statusCode()).isEqualTo(401);

    ClockUtil.setCurrentTime(java.util.Date.from(now.minusSeconds(16 * 60).plusSeconds(15 * 60 + 1)));
    assertThat(identityService.checkPassword(USER, PASSWORD)).as("after 15 minutes, not locked for good").isTrue();
    assertThat(lockouts() - before).isEqualTo(20);
  }

  private double lockouts() {
    return metrics.get("sop.login.lockouts").counter().count();
  }
}

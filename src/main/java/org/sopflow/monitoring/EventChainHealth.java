package org.sopflow.monitoring;

import java.time.Duration;
import java.time.Instant;
import org.sopflow.deviation.MaladministrationEvents;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code eventChain}: down when the maladministration log's hash
 * chain no longer verifies (a row edited or removed outside the application). Verifying reads the
 * whole log, so the result is kept for a minute.
 */
@Component("eventChain")
class EventChainHealth implements HealthIndicator {

  private static final Duration KEEP = Duration.ofMinutes(1);

  private final MaladministrationEvents events;
  private Health last;
  private Instant checkedAt = Instant.MIN;

  EventChainHealth(MaladministrationEvents events) {
    this.events = events;
  }

  @Override
  public synchronized Health health() {
    if (last == null || Instant.now().isAfter(checkedAt.plus(KEEP))) {
      last = check();
      checkedAt = Instant.now();
    }
    return last;
  }

  private Health check() {
    try {
      MaladministrationEvents.ChainVerification chain = events.verify();
      Health.Builder health = chain.valid() ? Health.up() : Health.down();
      return health.withDetail("events", chain.events())
          .withDetail("firstBrokenSequence", String.valueOf(chain.firstBrokenSequence())).build();
    } catch (DataAccessException e) {
      return Health.down(e).build();
    }
  }
}

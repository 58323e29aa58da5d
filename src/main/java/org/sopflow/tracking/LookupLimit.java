package org.sopflow.tracking;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * At most {@code perMinute} lookups per client address in each minute (fixed one-minute windows,
 * per node): enough for a citizen, too few to guess codes. Forgotten addresses are dropped as the
 * table grows.
 */
final class LookupLimit {

  private static final long WINDOW_MILLIS = Duration.ofMinutes(1).toMillis();
  private static final int MAX_ADDRESSES = 10_000;

  private final int perMinute;
  private final Map<String, long[]> windows = new HashMap<>();

  LookupLimit(int perMinute) {
    this.perMinute = perMinute;
  }

  /** Zero when the lookup may go ahead; otherwise the seconds until the address may try again. */
  synchronized long secondsToWait(String address) {
    long now = System.currentTimeMillis();
    if (windows.size() > MAX_ADDRESSES) {
      windows.values().removeIf(window -> now - window[0] >= WINDOW_MILLIS);
    }
    long[] window = windows.computeIfAbsent(address, a -> new long[] {now, 0});
    if (now - window[0] >= WINDOW_MILLIS) {
      window[0] = now;
      window[1] = 0;
    }
    if (window[1] >= perMinute) {
      return Math.max(1, (window[0] + WINDOW_MILLIS - now + 999) / 1000);
    }
    window[1]++;
    return 0;
  }
}

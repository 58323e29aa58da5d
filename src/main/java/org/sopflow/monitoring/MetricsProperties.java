package org.sopflow.monitoring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Prometheus gauges ({@code sop.metrics.*}). Bound here so that a malformed value stops the start
 * with the property's name; {@code SopMetrics} is scheduled with it.
 *
 * @param refreshInterval how often the gauges of open and overdue tasks and the event counters are
 *     read from the database (one grouped query each)
 */
@ConfigurationProperties("sop.metrics")
record MetricsProperties(@DefaultValue("PT15S") Duration refreshInterval) {
}

/**
 * How long each SOP and step takes against its standard ({@code GET /api/timing}), the trend chart,
 * Prometheus metrics and the event chain's health.
 */
@ApplicationModule(displayName = "Monitoring", allowedDependencies = {
    "calendar", "catalog", "deadline", "deviation", "followup", "model", "print"})
package org.sopflow.monitoring;

import org.springframework.modulith.ApplicationModule;

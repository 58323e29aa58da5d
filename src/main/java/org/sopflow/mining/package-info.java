/**
 * The runs of an SOP as an XES event log ({@code GET /api/sops/{key}/log.xes}).
 */
@ApplicationModule(displayName = "Process mining", allowedDependencies = {
    "calendar", "catalog", "deviation", "model", "monitoring", "engine::history"})
package org.sopflow.mining;

import org.springframework.modulith.ApplicationModule;

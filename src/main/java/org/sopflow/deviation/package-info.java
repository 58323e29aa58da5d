/**
 * The maladministration log with its hash chain, and the procedure and lane rules that write it;
 * {@code GET /api/maladministration}.
 */
@ApplicationModule(displayName = "Deviation", allowedDependencies = {
    "calendar", "catalog", "model", "engine::hooks", "engine::sql", "engine::models"})
package org.sopflow.deviation;

import org.springframework.modulith.ApplicationModule;

/**
 * The six-monthly monitoring and evaluation of SOP application ({@code GET /api/sops/evaluation}).
 */
@ApplicationModule(displayName = "Evaluation", allowedDependencies = {
    "calendar", "catalog", "deviation", "followup", "monitoring", "model", "print", "engine::users"})
package org.sopflow.evaluation;

import org.springframework.modulith.ApplicationModule;

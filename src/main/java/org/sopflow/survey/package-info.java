/**
 * The Survei Kepuasan Masyarakat: the questionnaire, paper answers and the IKM report ({@code GET
 * /api/skm}).
 */
@ApplicationModule(displayName = "Survey", allowedDependencies = {
    "calendar", "catalog", "followup", "model", "monitoring", "pdp", "print", "roles", "engine::users"})
package org.sopflow.survey;

import org.springframework.modulith.ApplicationModule;

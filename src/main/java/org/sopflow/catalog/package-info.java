/**
 * The deployed SOPs, latest version by key; {@code GET /api/sops}.
 */
@ApplicationModule(displayName = "Catalogue", allowedDependencies = {
    "calendar", "model", "engine::models"})
package org.sopflow.catalog;

import org.springframework.modulith.ApplicationModule;

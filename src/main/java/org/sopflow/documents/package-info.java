/**
 * The SOP document of Permenpan RB 35/2012 as HTML and PDF ({@code GET /api/sops/{key}/document},
 * {@code --documents}).
 */
@ApplicationModule(displayName = "Documents", allowedDependencies = {
    "calendar", "catalog", "model", "print", "roles", "engine::models"})
package org.sopflow.documents;

import org.springframework.modulith.ApplicationModule;

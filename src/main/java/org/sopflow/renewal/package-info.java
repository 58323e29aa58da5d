/**
 * Pembaruan SOP: the versions of an SOP from draft to in force, what changed between two, the signed
 * document of an approved version and its public verification page.
 */
@ApplicationModule(displayName = "Renewal", allowedDependencies = {
    "calendar", "catalog", "deployment", "documents", "followup", "model", "print", "signing", "tracking",
    "engine::hooks", "engine::users"})
package org.sopflow.renewal;

import org.springframework.modulith.ApplicationModule;

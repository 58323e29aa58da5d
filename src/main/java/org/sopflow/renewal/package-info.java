/**
 * Pembaruan SOP: what changed between two versions of an SOP, and (as the module grows) the
 * versions' lifecycle from draft to in force.
 */
@ApplicationModule(displayName = "Renewal", allowedDependencies = {"calendar", "catalog", "documents", "model", "engine::users"})
package org.sopflow.renewal;

import org.springframework.modulith.ApplicationModule;

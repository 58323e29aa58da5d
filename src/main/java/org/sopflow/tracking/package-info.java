/**
 * The citizen's tracking code, the receipt (tanda bukti) and the public {@code /lacak} pages.
 */
@ApplicationModule(displayName = "Tracking", allowedDependencies = {
    "calendar", "catalog", "deadline", "model", "pdp", "print", "survey", "engine::history",
    "engine::hooks", "engine::sql", "engine::users"})
package org.sopflow.tracking;

import org.springframework.modulith.ApplicationModule;

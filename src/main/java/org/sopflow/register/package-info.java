/**
 * Standar Pelayanan, their SOPs and what needs renewing ({@code GET /api/register}).
 */
@ApplicationModule(displayName = "Service register", allowedDependencies = {
    "calendar", "catalog", "deadline", "deviation", "followup", "model", "monitoring", "print", "renewal", "roles",
    "engine::users"})
package org.sopflow.register;

import org.springframework.modulith.ApplicationModule;

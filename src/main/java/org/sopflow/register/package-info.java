/**
 * Standar Pelayanan, their SOPs and what needs renewing ({@code GET /api/register}).
 */
@ApplicationModule(displayName = "Service register", allowedDependencies = {
    "calendar", "catalog", "deviation", "model", "monitoring", "print", "renewal", "roles"})
package org.sopflow.register;

import org.springframework.modulith.ApplicationModule;

/**
 * Lanes to candidate groups, roles as Camunda groups, authorizations (need to know, and each role's
 * list of the finished cases it may read), and who reads the reports.
 */
@ApplicationModule(displayName = "Roles", allowedDependencies = {
    "catalog", "deadline", "deployment", "model", "pdp", "engine::history", "engine::hooks", "engine::sql",
    "engine::users"})
package org.sopflow.roles;

import org.springframework.modulith.ApplicationModule;

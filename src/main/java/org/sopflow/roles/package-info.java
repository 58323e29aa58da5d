/**
 * Lanes to candidate groups, roles as Camunda groups, authorizations, and who reads the reports.
 */
@ApplicationModule(displayName = "Roles", allowedDependencies = {
    "catalog", "deadline", "deployment", "model", "engine::hooks", "engine::sql", "engine::users"})
package org.sopflow.roles;

import org.springframework.modulith.ApplicationModule;

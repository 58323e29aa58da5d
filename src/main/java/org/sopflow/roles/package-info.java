/**
 * Lanes to candidate groups, roles as Camunda groups, authorizations, and who reads the reports.
 */
@ApplicationModule(displayName = "Roles", allowedDependencies = {
    "catalog", "deployment", "model", "engine::hooks", "engine::sql", "engine::users"})
package org.sopflow.roles;

import org.springframework.modulith.ApplicationModule;

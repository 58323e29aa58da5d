/**
 * HTTP Basic on {@code /engine-rest} and {@code /api}, report access, same-origin writes, input limits,
 * the model policy (no code in models), login delays, and the demo users with the database they may use.
 */
@ApplicationModule(displayName = "Security", allowedDependencies = {
    "api", "model", "pdp", "roles", "engine::hooks", "engine::users"})
package org.sopflow.security;

import org.springframework.modulith.ApplicationModule;

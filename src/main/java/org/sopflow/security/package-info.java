/**
 * HTTP Basic on {@code /engine-rest} and {@code /api}, report access, input limits, the script policy
 * and the demo users.
 */
@ApplicationModule(displayName = "Security", allowedDependencies = {
    "api", "model", "roles", "engine::hooks", "engine::users"})
package org.sopflow.security;

import org.springframework.modulith.ApplicationModule;

/**
 * Deploys the processes folder at start-up, and again when a file in it is saved.
 */
@ApplicationModule(displayName = "Deployment", allowedDependencies = {
    "lint", "model"})
package org.sopflow.deployment;

import org.springframework.modulith.ApplicationModule;

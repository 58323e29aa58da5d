/**
 * Deploys the processes folder at start-up, and again when a file in it is saved; outside the demo,
 * an SOP model becomes a draft of its SOP instead (pembaruan SOP).
 */
@ApplicationModule(displayName = "Deployment", allowedDependencies = {
    "lint", "model"})
package org.sopflow.deployment;

import org.springframework.modulith.ApplicationModule;

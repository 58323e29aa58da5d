/**
 * The SOP lint, run at deploy time, by {@code --lint} and by the tests.
 */
@ApplicationModule(displayName = "Lint", allowedDependencies = {
    "calendar", "model", "engine::hooks", "engine::models"})
package org.sopflow.lint;

import org.springframework.modulith.ApplicationModule;

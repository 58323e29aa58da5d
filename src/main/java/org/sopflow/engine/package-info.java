/**
 * The adapter to Camunda: the one plugin, the hooks modules plug in with, SQL in the engine's
 * transaction, task facts and the clock; the only code that uses Camunda's internals.
 */
@ApplicationModule(displayName = "Engine adapter", allowedDependencies = {
    "model"})
package org.sopflow.engine;

import org.springframework.modulith.ApplicationModule;

/**
 * What every {@code /api} endpoint shares: problem details for errors, the OpenAPI description and its
 * UI.
 */
@ApplicationModule(displayName = "API", allowedDependencies = {})
package org.sopflow.api;

import org.springframework.modulith.ApplicationModule;

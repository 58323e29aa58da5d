@ApplicationModule(allowedDependencies = "engine")
package org.sopflow.modulesfixture.internal.tracking;

import org.springframework.modulith.ApplicationModule;

@ApplicationModule(allowedDependencies = {})
package org.sopflow.modulesfixture.undeclared.deadline;

import org.springframework.modulith.ApplicationModule;

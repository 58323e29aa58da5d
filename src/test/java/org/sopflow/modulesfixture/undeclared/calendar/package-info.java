@ApplicationModule(allowedDependencies = {})
package org.sopflow.modulesfixture.undeclared.calendar;

import org.springframework.modulith.ApplicationModule;

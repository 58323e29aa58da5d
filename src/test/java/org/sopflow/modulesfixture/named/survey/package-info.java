@ApplicationModule(allowedDependencies = "engine::sql")
package org.sopflow.modulesfixture.named.survey;

import org.springframework.modulith.ApplicationModule;

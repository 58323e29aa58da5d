package org.sopflow;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The feature modules (top-level packages) use only each other's public API and form no cycle. */
class ModulesTest {

  static final ApplicationModules MODULES = ApplicationModules.of(SopFlowApplication.class);

  @Test
  void modulesUseOnlyEachOthersApiAndFormNoCycle() {
    MODULES.verify();
  }
}

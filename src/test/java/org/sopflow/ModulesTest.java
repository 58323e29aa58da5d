package org.sopflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The feature modules (top-level packages) use only each other's public API and form no cycle, and
 * Camunda's internals ({@code org.camunda.bpm.engine.impl}) are used by the engine adapter alone, so
 * an engine upgrade is one module's work.
 */
class ModulesTest {

  static final ApplicationModules MODULES = ApplicationModules.of(SopFlowApplication.class);

  @Test
  void modulesUseOnlyEachOthersApiAndFormNoCycle() {
    MODULES.verify();
  }

  @Test
  void onlyTheEngineAdapterUsesCamundaInternals() {
    JavaClasses production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.sopflow");
    noClasses().that().resideOutsideOfPackage("org.sopflow.engine..")
        .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
        .because("the engine adapter (org.sopflow.engine) owns every use of Camunda's internals")
        .check(production);
  }
}

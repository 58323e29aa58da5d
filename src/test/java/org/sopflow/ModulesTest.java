package org.sopflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sopflow.modulesfixture.internals.ClockReader;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

/**
 * The modules keep the shape declared in their {@code package-info.java}: each uses only the modules
 * (and named interfaces) it allows, never another module's {@code internal} sub-package, and no cycle
 * forms; Camunda's internals
 * ({@code org.camunda.bpm.engine.impl}) are used by the engine adapter alone; and each table is named
 * in the code of the one module that owns it. Each rule is also shown failing on a case built to
 * break it ({@code org.sopflow.modulesfixture}).
 */
class ModulesTest {

  /** The application's classes, not the tests' (target/test-classes, or target/operaton/test-classes). */
  static final ImportOption MAIN_CLASSES = location -> !location.contains("/test-classes/");
  static final ApplicationModules MODULES = ApplicationModules.of(SopFlowApplication.class, MAIN_CLASSES);

  static final ArchRule ENGINE_INTERNALS_IN_ENGINE_ONLY = noClasses()
      .that().resideOutsideOfPackage("org.sopflow.engine..")
      .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
      .because("the engine adapter (org.sopflow.engine) owns every use of Camunda's internals");

  @Test
  void modulesUseOnlyTheDependenciesTheyDeclareAndFormNoCycle() {
    MODULES.verify();
  }

  @Test
  void aDependencyAModuleDoesNotDeclareFailsTheCheck() {
    assertThatThrownBy(() -> fixture("undeclared").verify()).isInstanceOf(Violations.class)
        .hasMessageContaining("Module 'deadline' depends on module 'calendar'");
  }

  @Test
  void aTypeOutsideTheNamedInterfaceAModuleDeclaresFailsTheCheck() {
    assertThatThrownBy(() -> fixture("named").verify()).isInstanceOf(Violations.class)
        .hasMessageContaining("Module 'survey' depends on named interface(s) 'engine :: clock' via")
        .hasMessageNotContaining("EngineSql");
  }

  @Test
  void aTypeInAnotherModulesInternalPackageFailsTheCheck() {
    assertThatThrownBy(() -> fixture("internal").verify()).isInstanceOf(Violations.class)
        .hasMessageContaining("Module 'tracking' depends on module 'engine' via")
        .hasMessageContaining("TrackedRequests -> org.sopflow.modulesfixture.internal.engine.internal.PendingWrites")
        .hasMessageNotContaining("EngineTransaction");
  }

  @Test
  void onlyTheEngineAdapterUsesCamundaInternals() {
    ENGINE_INTERNALS_IN_ENGINE_ONLY.check(new ClassFileImporter()
        .withImportOption(MAIN_CLASSES).importPackages("org.sopflow"));
  }

  @Test
  void camundaInternalsOutsideTheEngineAdapterFailTheCheck() {
    assertThatThrownBy(() -> ENGINE_INTERNALS_IN_ENGINE_ONLY.check(
        new ClassFileImporter().importClasses(ClockReader.class))).isInstanceOf(AssertionError.class).hasMessageContaining("ClockReader").hasMessageContaining("ClockUtil");
  }

  @Test
  void everyTableIsNamedOnlyInTheModuleThatOwnsIt() throws IOException {
    TableOwnership tables = TableOwnership.ofThisProject();
    assertThat(tables.tablesWithoutOwner()).as("tables created by db/migration without an owner in TableOwnership")
        .isEmpty();
    assertThat(tables.violations(TableOwnership.mainSources())).isEmpty();
  }

  @Test
  void theArchitectureDocumentNamesEachTablesOwner() throws IOException {
    List<String> rows = Files.readAllLines(SourceTree.docs("architecture.md")).stream()
        .filter(line -> line.startsWith("| `")).toList();
    TableOwnership.OWNERS.forEach((table, owner) -> assertThat(rows)
        .as("docs/architecture.md, 'Who names which table'").anyMatch(row -> row.startsWith("| `" + owner + "` |")
            && row.contains("`" + table + "`")));
  }

  @Test
  void aTableNamedOutsideItsOwnerFailsTheCheck() throws IOException {
    TableOwnership tables = TableOwnership.ofThisProject();
    assertThat(tables.violations(Map.of(
        "tracking/TrackedRequests.java", "SELECT code FROM sop_tracking t JOIN sop_task_deadline d ON ...",
        "mining/EventLogExport.java", "SELECT ID_ FROM ACT_HI_PROCINST",
        "deadline/InstanceDeadlines.java", "SELECT * FROM sop_task_deadline")))
        .containsExactlyInAnyOrder(
            "tracking/TrackedRequests.java names sop_task_deadline, which module deadline owns",
            "mining/EventLogExport.java names ACT_HI_PROCINST, which module engine owns");
  }

  private static ApplicationModules fixture(String name) {
    return ApplicationModules.of("org.sopflow.modulesfixture." + name, location -> true);
  }
}

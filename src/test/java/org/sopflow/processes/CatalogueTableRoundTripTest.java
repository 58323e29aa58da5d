package org.sopflow.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.sopflow.SopTestEngine;
import org.sopflow.table.SopTableExport;
import org.sopflow.table.SopTableImport;

/**
 * Every SOP of the catalogue, exported to its table and imported again, runs every path of
 * {@code src/test/resources/catalogue/} as the original does: the same tasks in the same order,
 * offered to the same roles, due at the same standard times, ending at the same end event.
 */
class CatalogueTableRoundTripTest {

  private static final ProcessEngine ENGINE = SopTestEngine.shared();

  @TempDir
  static Path folder;

  /** The key of each catalogue SOP and its imported model's folder. */
  private static final Map<String, Path> IMPORTED = new LinkedHashMap<>();

  @BeforeAll
  static void exportAndImportTheCatalogue() throws IOException {
    DeploymentBuilder deployment = ENGINE.getRepositoryService().createDeployment().name("dari tabel");
    for (Path file : models()) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      String key = model.getModelElementsByType(Process.class).iterator().next().getId();
      Path table = Files.write(folder.resolve(key + ".xlsx"), SopTableExport.workbook(model,
          SopTestEngine.roleCatalogue()));
      Path imported = folder.resolve(key);
      SopTableImport.importTable(table, imported, SopTestEngine.roleCatalogue());
      IMPORTED.put(key, imported);
      try (Stream<Path> files = Files.list(imported)) {
        for (Path written : files.toList()) {
          deployment.addString(key + "/" + written.getFileName(), Files.readString(written));
        }
      }
    }
    deploymentId = deployment.deploy().getId();
  }

  private static String deploymentId;

  @AfterAll
  static void deleteDeployments() {
    RepositoryService repository = ENGINE.getRepositoryService();
    SopTestEngine.deleteDeployments(repository);
    ClockUtil.reset();
  }

  @TestFactory
  Stream<DynamicTest> everyPathOfEverySopRunsAfterTheRoundTrip() {
    assertThat(IMPORTED).hasSizeGreaterThanOrEqualTo(14);
    return CataloguePathsTest.pathFiles().stream().flatMap(file -> {
      CataloguePathsTest.SopPaths sop = CataloguePathsTest.SopPaths.read(file);
      return sop.paths().stream().map(path -> DynamicTest.dynamicTest(sop.key() + " → " + path.end(), () -> {
        assertThat(ENGINE.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(sop.key())
            .latestVersion().singleResult().getDeploymentId()).as("the imported model runs").isEqualTo(deploymentId);
        CataloguePathsTest.run(ENGINE, sop.key(), path);
      }));
    });
  }

  @org.junit.jupiter.api.Test
  void everyImportedDiagramHasNoOverlappingShapesAndNoFlowCrossesAShape() {
    IMPORTED.forEach((key, imported) ->
        assertThat(org.sopflow.table.DiagramLayout.checkedShapes(imported.resolve(key + ".bpmn"))).isPositive());
  }

  @org.junit.jupiter.api.Test
  void theImportedModelsPrintTheSameSopDocuments() throws IOException {
    Path imported = Files.createDirectories(folder.resolve("processes"));
    Files.copy(SopTestEngine.PROCESSES.resolve("roles.yaml"), imported.resolve("roles.yaml"));
    copyTree(SopTestEngine.PROCESSES.resolve("standar-pelayanan"), imported.resolve("standar-pelayanan"));
    for (Map.Entry<String, Path> sop : IMPORTED.entrySet()) {
      copyTree(sop.getValue(), imported.resolve(sop.getKey()));
    }
    var quiet = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
    Path original = folder.resolve("dokumen-asli");
    Path fromTables = folder.resolve("dokumen-tabel");
    assertThat(org.sopflow.documents.DocumentCommand.run(SopTestEngine.PROCESSES, original, quiet)).isZero();
    assertThat(org.sopflow.documents.DocumentCommand.run(imported, fromTables, quiet)).isZero();
    for (String key : IMPORTED.keySet()) {
      assertThat(Files.readString(fromTables.resolve(key + ".html"))).as("SOP document of %s", key)
          .isEqualTo(Files.readString(original.resolve(key + ".html")));
    }
  }

  @org.junit.jupiter.api.Test
  void importedIntoItsOwnFolderEverySopKeepsItsFormsByteForByte() throws IOException {
    Path own = folder.resolve("sendiri");
    copyTree(SopTestEngine.PROCESSES, own);
    for (Path original : models()) {
      Path model = own.resolve(SopTestEngine.PROCESSES.relativize(original).toString());
      String key = model.getFileName().toString().replace(".bpmn", "");
      Map<String, String> formsBefore = forms(model.getParent());

      SopTableImport.Result result = SopTableImport.importTable(folder.resolve(key + ".xlsx"), model.getParent(),
          SopTestEngine.roleCatalogue());

      assertThat(result.forms()).as("forms written for %s", key).isEmpty();
      assertThat(forms(model.getParent())).as("forms of %s", key).isEqualTo(formsBefore);
      assertThat(formRefs(model)).as("form of each step of %s", key).isEqualTo(formRefs(original));
    }
  }

  private static Map<String, String> forms(Path sopFolder) throws IOException {
    Map<String, String> forms = new java.util.TreeMap<>();
    try (Stream<Path> files = Files.list(sopFolder)) {
      for (Path form : files.filter(file -> file.toString().endsWith(".form")).toList()) {
        forms.put(form.getFileName().toString(), Files.readString(form));
      }
    }
    return forms;
  }

  private static Map<String, String> formRefs(Path model) {
    Map<String, String> refs = new java.util.TreeMap<>();
    Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(org.camunda.bpm.model.bpmn.instance.UserTask.class)
        .forEach(task -> refs.put(task.getId(), task.getCamundaFormRef()));
    return refs;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  static List<Path> models() throws IOException {
    try (Stream<Path> files = Files.walk(SopTestEngine.PROCESSES)) {
      return files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList();
    }
  }
}

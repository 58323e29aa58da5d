package org.sopflow.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sopflow.SopTestEngine;

/**
 * The catalogue passes bpmnlint's recommended rules (bpmn-io's linter, which Camunda Modeler runs
 * too), warnings included. bpmnlint runs on Node from {@code src/test/bpmnlint}, where
 * {@code .ci/run} installs it ({@code npm ci}); without it the test is skipped on a developer's
 * machine and fails on CI ({@code CI=true}).
 */
class BpmnlintTest {

  private static final Path HOME = Path.of("src", "test", "bpmnlint");
  private static final Path CLI = HOME.resolve(Path.of("node_modules", "bpmnlint", "bin", "bpmnlint.js"));

  @Test
  void theCatalogueFollowsTheRecommendedRules() throws Exception {
    List<Path> models;
    try (Stream<Path> files = Files.walk(SopTestEngine.PROCESSES)) {
      models = files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList();
    }
    assertThat(models).hasSizeGreaterThanOrEqualTo(14);

    Lint lint = bpmnlint(models);

    assertThat(lint.output()).as("bpmnlint of the catalogue").doesNotContain("warning", "error");
    assertThat(lint.exitCode()).as(lint.output()).isZero();
  }

  /**
   * Models imported from SOP tables read in bpmn-io (the parser of bpmn-js and Camunda Modeler) and
   * follow its rules too: the table typed from scratch, and every catalogue SOP through its table.
   */
  @Test
  void modelsImportedFromTablesFollowTheRecommendedRules(@TempDir Path folder) throws Exception {
    var roles = SopTestEngine.roleCatalogue();
    List<Path> models = new ArrayList<>();
    models.add(org.sopflow.table.SopTableImport.importTable(Path.of("src/test/resources/table/pkp-peliputan-kegiatan.csv"),
        folder.resolve("baru"), roles).model());
    try (Stream<Path> files = Files.walk(SopTestEngine.PROCESSES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        Path table = Files.write(folder.resolve(file.getFileName() + ".xlsx"),
            org.sopflow.table.SopTableExport.workbook(Bpmn.readModelFromFile(file.toFile()), roles));
        models.add(org.sopflow.table.SopTableImport.importTable(table, folder.resolve(file.getFileName() + ".d"),
            roles).model());
      }
    }

    Lint lint = bpmnlint(models);

    assertThat(lint.output()).as("bpmnlint of the imported models").doesNotContain("warning", "error");
    assertThat(lint.exitCode()).as(lint.output()).isZero();
  }

  /** A catalogue model whose rework flow skips its joining gateway: both linters name the task. */
  @Test
  void itFindsTheImplicitJoinOurLintFindsToo(@TempDir Path folder) throws Exception {
    BpmnModelInstance model = Bpmn.readModelFromFile(SopTestEngine.PROCESSES.resolve("pkp/pkp-iklan-radio.bpmn").toFile());
    SequenceFlow rework = model.getModelElementById("flow-minta-perbaikan-ke-telaah-materi");
    FlowNode join = model.getModelElementById("gw-gabung-telaah-materi");
    FlowNode task = model.getModelElementById("telaah-materi");
    join.getIncoming().remove(rework);
    rework.setTarget(task);
    task.getIncoming().add(rework);
    Path file = folder.resolve("pkp-iklan-radio.bpmn");
    Bpmn.writeModelToFile(file.toFile(), model);

    assertThat(bpmnlint(List.of(file)).output()).contains("telaah-materi", "fake-join");
    assertThat(SopTestEngine.lint().lintModel(file.getFileName().toString(), Files.readAllBytes(file), null))
        .filteredOn(finding -> finding.rule() == LintRule.IMPLICIT_JOIN)
        .singleElement().satisfies(finding -> assertThat(finding.elementId()).isEqualTo("telaah-materi"));
  }

  private record Lint(int exitCode, String output) {
  }

  private static Lint bpmnlint(List<Path> models) throws IOException, InterruptedException {
    String node = executable("node");
    boolean installed = node != null && Files.isRegularFile(CLI);
    if (!installed && "true".equals(System.getenv("CI"))) {
      throw new IllegalStateException("bpmnlint needs Node and 'npm ci --prefix src/test/bpmnlint'; .ci/run installs both");
    }
    Assumptions.assumeTrue(installed, "bpmnlint is not installed: npm ci --prefix src/test/bpmnlint");
    List<String> command = new ArrayList<>(List.of(node, CLI.toAbsolutePath().toString(),
        "--config", HOME.resolve(".bpmnlintrc").toAbsolutePath().toString()));
    models.forEach(model -> command.add(model.toAbsolutePath().toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("bpmnlint did not finish in 60 s: " + output);
    }
    return new Lint(process.exitValue(), output);
  }

  private static String executable(String name) {
    for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      File candidate = new File(directory, name);
      if (candidate.canExecute()) {
        return candidate.getAbsolutePath();
      }
    }
    return null;
  }
}

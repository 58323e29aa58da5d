package org.sopflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sopflow.SopTestEngine;

class CommandTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @TempDir
  Path folder;

  private Optional<Integer> run(String... args) {
    return Command.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void argumentsThatNameNoCommandStartTheServer() {
    assertThat(run()).isEmpty();
    assertThat(run("--server.port=9090", "--lint")).isEmpty();
    assertThat(run("--linting")).isEmpty();
  }

  @Test
  void theLintRunsOnTheFolderGiven() {
    assertThat(run("--lint", SopTestEngine.PROCESSES.toString())).contains(0);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("SOP lint of " + SopTestEngine.PROCESSES + ": 0 error(s)");
  }

  @Test
  void argumentsThatDoNotFitGetTheUsageAndExitCodeTwo() {
    assertThat(run("--import-sop", "tabel.xlsx")).contains(Command.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("Usage: java -jar sopflow.jar --import-sop <table.xlsx|table.csv> <processes folder");
    assertThat(run("--lint", "a", "b")).contains(Command.USAGE);
    assertThat(run("--export-sop")).contains(Command.USAGE);
  }

  @Test
  void theExportWritesTheTableOfTheKeyGiven() throws Exception {
    Path table = folder.resolve("tabel.xlsx");
    assertThat(run("--export-sop", "pip-keberatan-informasi", table.toString(), SopTestEngine.PROCESSES.toString()))
        .contains(0);
    assertThat(Files.size(table)).isPositive();
    assertThat(run("--export-sop", "tidak-ada", table.toString(), SopTestEngine.PROCESSES.toString())).contains(1);
  }
}

package org.sopflow.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sopflow.documents.DocumentCommand;
import org.sopflow.lint.LintCommand;
import org.sopflow.table.SopTableExport;
import org.sopflow.table.SopTableImport;

/**
 * A command of the jar, run instead of the server: {@code java -jar sopflow.jar --lint processes/}.
 * Each prints what it did and returns its exit code (0 done; 1 findings, refused or not found; 2 the
 * arguments or files cannot be read).
 */
enum Command {

  LINT("--lint", "[processes folder, default processes]", 0, 1,
      (args, out) -> LintCommand.run(path(args, 0, "processes"), out)),
  DOCUMENTS("--documents", "[processes folder, default processes] [output folder, default target/sop-documents]", 0, 2,
      (args, out) -> documents(path(args, 0, "processes"), path(args, 1, "target/sop-documents"), out)),
  IMPORT_SOP("--import-sop", "<table.xlsx|table.csv> <processes folder, e.g. processes/pip/>", 2, 2,
      (args, out) -> SopTableImport.run(Path.of(args.get(0)), Path.of(args.get(1)), out)),
  EXPORT_SOP("--export-sop", "<SOP key> <out.xlsx> [processes folder, default processes]", 2, 3,
      (args, out) -> SopTableExport.run(args.get(0), Path.of(args.get(1)), path(args, 2, "processes"), out));

  /** The exit code of arguments that do not fit the command. */
  static final int USAGE = 2;

  private final String option;
  private final String usage;
  private final int minArguments;
  private final int maxArguments;
  private final Action action;

  Command(String option, String usage, int minArguments, int maxArguments, Action action) {
    this.option = option;
    this.usage = usage;
    this.minArguments = minArguments;
    this.maxArguments = maxArguments;
    this.action = action;
  }

  /**
   * Runs the command {@code args} start with and returns its exit code; empty when they name none
   * (the server starts with them).
   */
  static Optional<Integer> run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      return Optional.empty();
    }
    return Arrays.stream(values()).filter(command -> command.option.equals(args[0])).findFirst()
        .map(command -> command.run(List.of(args).subList(1, args.length), out, err));
  }

  String option() {
    return option;
  }

  private int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.size() < minArguments || args.size() > maxArguments) {
      err.println("Usage: java -jar sopflow.jar " + option + " " + usage);
      return USAGE;
    }
    return action.run(args, out);
  }

  private static Path path(List<String> args, int index, String otherwise) {
    return Path.of(index < args.size() ? args.get(index) : otherwise);
  }

  private static int documents(Path folder, Path output, PrintStream out) {
    try {
      return DocumentCommand.run(folder, output, out);
    } catch (IOException e) {
      throw new UncheckedIOException("The SOP documents cannot be written to " + output, e);
    }
  }

  @FunctionalInterface
  private interface Action {
    int run(List<String> args, PrintStream out);
  }
}

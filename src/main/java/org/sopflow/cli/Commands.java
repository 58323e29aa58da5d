package org.sopflow.cli;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The jar's commands, for the application's {@code main} and for {@code mvn exec:java@lint} and the like. */
public final class Commands {

  private Commands() {
  }

  /** Runs the command {@code args} start with and exits with its code: {@code --lint processes/}. */
  public static void main(String[] args) {
    System.exit(run(args).orElseGet(() -> {
      System.err.println("Commands: " + Arrays.stream(Command.values()).map(Command::option)
          .collect(Collectors.joining(", ")));
      return Command.USAGE;
    }));
  }

  /** The exit code of the command {@code args} start with, or empty when they name none. */
  public static Optional<Integer> run(String[] args) {
    return Command.run(args, System.out, System.err);
  }
}

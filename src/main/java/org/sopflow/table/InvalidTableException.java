package org.sopflow.table;

import java.util.List;
import java.util.stream.Collectors;

/** A table that cannot become an SOP; every problem found is named with its sheet, row and column. */
public class InvalidTableException extends RuntimeException {

  private final transient List<TableProblem> problems;

  public InvalidTableException(String file, List<TableProblem> problems) {
    super(file + ": " + problems.stream().map(TableProblem::toString).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<TableProblem> problems() {
    return problems;
  }
}

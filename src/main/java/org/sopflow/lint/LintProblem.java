package org.sopflow.lint;

import java.util.List;
import org.camunda.bpm.engine.Problem;

/** A lint finding in the form Camunda reports parse problems, so REST clients see it under {@code details}. */
record LintProblem(Finding finding) implements Problem {

  @Override
  public String getMessage() {
    return finding.toString();
  }

  @Override
  public int getLine() {
    return 0;
  }

  @Override
  public int getColumn() {
    return 0;
  }

  @Override
  public String getMainElementId() {
    return finding.elementId();
  }

  @Override
  public List<String> getElementIds() {
    return finding.elementId() == null ? List.of() : List.of(finding.elementId());
  }
}

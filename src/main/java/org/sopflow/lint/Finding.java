package org.sopflow.lint;

/**
 * One thing the lint found in a model file.
 *
 * @param file the file as deployed, relative to the processes folder (e.g. {@code pip/keberatan.bpmn})
 * @param elementType the BPMN element type, e.g. {@code userTask}; null for the file as a whole
 * @param elementId the element's id, or null
 * @param elementName the element's name, or null
 * @param message what is wrong and what to do, in plain words
 */
public record Finding(LintRule rule, String file, String elementType, String elementId, String elementName,
                      String message) {

  /** The finding with its file named from the city's folder, e.g. {@code diskominfo/} + {@code pip/x.bpmn}. */
  public Finding under(String path) {
    return path.isEmpty() ? this : new Finding(rule, path + file, elementType, elementId, elementName, message);
  }

  public Severity severity() {
    return rule.severity();
  }

  public boolean isError() {
    return severity() == Severity.ERROR;
  }

  /** E.g. {@code ERROR pip/x.bpmn, userTask 'periksa' ("Periksa"): sop.waktu '...' is not ... [DURATION_UNREADABLE]}. */
  @Override
  public String toString() {
    return severity() + " " + file + (elementId == null ? "" : ", " + element()) + ": " + message + " [" + rule + "]";
  }

  public String element() {
    return elementType + " '" + elementId + "'" + (elementName == null ? "" : " (\"" + elementName + "\")");
  }
}

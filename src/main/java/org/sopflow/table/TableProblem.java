package org.sopflow.table;

/** What is wrong in a table, where: the sheet, the row (1-based, as the spreadsheet shows it) and the column. */
public record TableProblem(String sheet, int row, String column, String message) {

  @Override
  public String toString() {
    return sheet + (row > 0 ? ", baris " + row : "") + (column == null ? "" : ", kolom " + column) + ": " + message;
  }
}

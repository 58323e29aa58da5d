package org.sopflow.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What to draw in each Pelaksana cell of the flowchart table so that the rows connect: an arrow from
 * a symbol down to the next row's symbol (vertical in one column, or along the top of the next row
 * across columns), and an off-page connector (a numbered pentagon) where the flow jumps to a row
 * that is not the next one, or the next row begins a new page. The table is paged every
 * {@link #ROWS_PER_PAGE} rows, so the connectors stand exactly where the page breaks.
 */
final class FlowchartLines {

  /** Rows of one table page; a landscape A4 page holds this many rows of ordinary length. */
  static final int ROWS_PER_PAGE = 7;

  /**
   * One Pelaksana cell.
   *
   * @param topLeft line along the top edge, left half; {@code topRight} likewise
   * @param arrowFrom the row whose arrow ends on this cell's symbol, or 0
   * @param down a line from this cell's symbol down to the bottom edge (the next row continues it)
   */
  record Cell(boolean topLeft, boolean topRight, int arrowFrom, boolean down) {
    static final Cell EMPTY = new Cell(false, false, 0, false);
  }

  /** A numbered pentagon: from this row to {@code row} (outgoing) or to this row from it (incoming). */
  record Connector(int row, String label) {
  }

  record RowLines(List<Cell> cells, List<Connector> incoming, List<Connector> outgoing, String downLabel,
                  boolean pageStart) {
  }

  private FlowchartLines() {
  }

  static boolean startsPage(int index) {
    return index > 0 && index % ROWS_PER_PAGE == 0;
  }

  /** @param columnOf each row's lane column (0-based), or -1 when it lies in no lane */
  static List<RowLines> of(List<FlowchartRows.Row> rows, List<Integer> columnOf, int columns) {
    List<Cell[]> cells = new ArrayList<>();
    List<List<Connector>> incoming = new ArrayList<>();
    List<List<Connector>> outgoing = new ArrayList<>();
    List<String> downLabels = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Cell[] row = new Cell[columns];
      java.util.Arrays.fill(row, Cell.EMPTY);
      cells.add(row);
      incoming.add(new ArrayList<>());
      outgoing.add(new ArrayList<>());
      downLabels.add(null);
    }
    for (int i = 0; i < rows.size(); i++) {
      for (FlowchartRows.Next next : rows.get(i).next()) {
        int target = next.row() - 1;
        boolean drawn = target == i + 1 && !startsPage(target) && columnOf.get(i) >= 0 && columnOf.get(target) >= 0;
        if (drawn) {
          arrow(cells, i, columnOf.get(i), columnOf.get(target));
          downLabels.set(i, next.label());
        } else {
          outgoing.get(i).add(new Connector(next.row(), next.label()));
          incoming.get(target).add(new Connector(i + 1, next.label()));
        }
      }
    }
    List<RowLines> lines = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      lines.add(new RowLines(List.of(cells.get(i)), dedupe(incoming.get(i)), outgoing.get(i), downLabels.get(i),
          startsPage(i)));
    }
    return lines;
  }

  /** From the symbol in column {@code from} of row {@code i} to the symbol in column {@code to} of row i + 1. */
  private static void arrow(List<Cell[]> cells, int i, int from, int to) {
    Cell[] source = cells.get(i);
    source[from] = new Cell(source[from].topLeft(), source[from].topRight(), source[from].arrowFrom(), true);
    Cell[] target = cells.get(i + 1);
    int low = Math.min(from, to);
    int high = Math.max(from, to);
    for (int column = low; column <= high; column++) {
      Cell cell = target[column];
      boolean left = cell.topLeft() || (column > low);
      boolean right = cell.topRight() || (column < high);
      target[column] = new Cell(left, right, column == to ? i + 1 : cell.arrowFrom(), cell.down());
    }
  }

  /** One pentagon per source row, even when a decision sends two branches to the same row. */
  private static List<Connector> dedupe(List<Connector> connectors) {
    Map<Integer, Connector> byRow = new TreeMap<>();
    connectors.forEach(connector -> byRow.putIfAbsent(connector.row(), connector));
    return List.copyOf(byRow.values());
  }
}

package org.sopflow.table;

import java.util.ArrayList;
import java.util.List;

/**
 * The diagram of an imported SOP: a pool, a lane per pelaksana in column order, and a column per
 * row of the table in row order, so no two shapes share a place. Within its column a row has slots,
 * left to right: its joining gateway, its own shape, and what follows it at once (its end event or
 * the gateway that starts rows at once). A flow to the next column runs straight or turns in the
 * gap between columns; any other flow runs along the free band at the bottom of its lane, so no
 * flow crosses a shape.
 */
final class TableDiagram {

  static final int LANE_HEIGHT = 160;
  static final int COLUMN = 280;
  private static final int POOL_X = 160;
  private static final int POOL_Y = 80;
  private static final int LANE_X = POOL_X + 30;
  private static final int FIRST_COLUMN = LANE_X + 40;
  /** Where a flow turns: in the gap before the next column, or in the band at the bottom of a lane. */
  private static final int GAP = 15;
  /** How far above the previous one a further end event of one row stands. */
  private static final int RAISE = 50;

  /** A place in a row's column: its offset from the column's left edge and its shape's size. */
  enum Slot {
    JOIN(0, 50, 50), TASK(80, 100, 80), DECISION(105, 50, 50), START(112, 36, 36), END(210, 36, 36),
    SPLIT(210, 50, 50);

    final int x;
    final int width;
    final int height;

    Slot(int x, int width, int height) {
      this.x = x;
      this.width = width;
      this.height = height;
    }
  }

  private final List<String> lanes;
  private final int columns;
  private final StringBuilder elements = new StringBuilder();

  /** @param columns the table's rows, plus one for the start event */
  TableDiagram(List<String> lanes, int columns) {
    this.lanes = lanes;
    this.columns = columns;
  }

  /** A shape in a slot of a column, in the middle of its lane; {@code raised} times higher for a further end. */
  void place(String id, Slot slot, int column, String lane, int raised) {
    int x = left(column) + slot.x;
    int y = middle(lane) - RAISE * raised - slot.height / 2;
    elements.append("      <bpmndi:BPMNShape id=\"").append(id).append("_di\" bpmnElement=\"").append(id)
        .append("\"><dc:Bounds x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(slot.width)
        .append("\" height=\"").append(slot.height).append("\" /></bpmndi:BPMNShape>\n");
  }

  /**
   * The edge of a flow from the right of one slot to the left of another: within one column (to a
   * raised end by an elbow), to the next column (turning in the gap), or anywhere else (along the
   * band at the bottom of the source's lane).
   */
  void connect(String flowId, Slot from, int fromColumn, String fromLane, Slot to, int toColumn, String toLane,
               int raised) {
    int y = middle(fromLane);
    int toY = middle(toLane) - RAISE * raised;
    int start = left(fromColumn) + from.x + from.width;
    int end = left(toColumn) + to.x;
    List<int[]> points = new ArrayList<>();
    points.add(new int[] {start, y});
    if (toColumn == fromColumn && toY != y) {
      points.add(new int[] {(start + end) / 2, y});
      points.add(new int[] {(start + end) / 2, toY});
    } else if (toColumn == fromColumn + 1 && toY != y) {
      points.add(new int[] {left(toColumn) - GAP, y});
      points.add(new int[] {left(toColumn) - GAP, toY});
    } else if (toColumn != fromColumn && toColumn != fromColumn + 1) {
      int band = top(fromLane) + LANE_HEIGHT - GAP;
      points.add(new int[] {left(fromColumn + 1) - GAP, y});
      points.add(new int[] {left(fromColumn + 1) - GAP, band});
      points.add(new int[] {left(toColumn) - GAP, band});
      points.add(new int[] {left(toColumn) - GAP, toY});
    }
    points.add(new int[] {end, toY});
    elements.append("      <bpmndi:BPMNEdge id=\"").append(flowId).append("_di\" bpmnElement=\"").append(flowId)
        .append("\">");
    for (int[] point : points) {
      elements.append("<di:waypoint x=\"").append(point[0]).append("\" y=\"").append(point[1]).append("\" />");
    }
    elements.append("</bpmndi:BPMNEdge>\n");
  }

  /** The BPMNDiagram element: the pool, its lanes, and every shape and edge placed. */
  String xml(String key) {
    int width = LANE_X - POOL_X + FIRST_COLUMN - LANE_X + columns * COLUMN + 40;
    StringBuilder xml = new StringBuilder("  <bpmndi:BPMNDiagram id=\"diagram-" + key + "\">\n"
        + "    <bpmndi:BPMNPlane id=\"plane-" + key + "\" bpmnElement=\"kolaborasi-" + key + "\">\n");
    bounds(xml, "peserta-" + key, POOL_X, POOL_Y, width, lanes.size() * LANE_HEIGHT);
    for (String lane : lanes) {
      bounds(xml, lane, LANE_X, top(lane), width - (LANE_X - POOL_X), LANE_HEIGHT);
    }
    return xml.append(elements).append("    </bpmndi:BPMNPlane>\n  </bpmndi:BPMNDiagram>\n").toString();
  }

  private static void bounds(StringBuilder xml, String id, int x, int y, int width, int height) {
    xml.append("      <bpmndi:BPMNShape id=\"").append(id).append("_di\" bpmnElement=\"").append(id)
        .append("\" isHorizontal=\"true\"><dc:Bounds x=\"").append(x).append("\" y=\"").append(y)
        .append("\" width=\"").append(width).append("\" height=\"").append(height).append("\" /></bpmndi:BPMNShape>\n");
  }

  private static int left(int column) {
    return FIRST_COLUMN + column * COLUMN;
  }

  private int top(String lane) {
    return POOL_Y + lanes.indexOf(lane) * LANE_HEIGHT;
  }

  private int middle(String lane) {
    return top(lane) + LANE_HEIGHT / 2;
  }
}

package org.sopflow.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.text.Normalizer;
import org.sopflow.model.Role;
import org.sopflow.model.RoleCatalogue;
import org.sopflow.model.SopVocabulary;
import org.sopflow.table.SopTable.Branch;
import org.sopflow.table.SopTable.Row;
import org.sopflow.table.SopTable.Symbol;

/**
 * Writes an {@link SopTable} as an SOP model: a pool, one lane per pelaksana in column order, a user
 * task per activity with its mutu baku as {@code sop.*} properties and its own Camunda Form, an
 * exclusive gateway per decision (the task before it asks the officer for the answer, and each
 * branch's condition tests it), a start event before the {@code mulai} row and an end event after
 * each {@code selesai} row.
 *
 * An activity that several flows enter gets a joining gateway before it (no implicit join).
 *
 * <p>Layout: each row has its own column, in row order, so no two shapes share a place (a column
 * holds the row's joining gateway, its shape and its end event, left to right); a flow to the next
 * column runs straight or turns in the gap between columns, and any other flow runs along the free
 * band at the bottom of its lane, so no flow crosses a shape.
 */
final class TableBpmn {

  static final int LANE_HEIGHT = 160;
  static final int COLUMN = 280;
  /** Where a column's shapes begin, from its left edge. */
  private static final int JOIN_X = 0;
  private static final int TASK_X = 80;
  private static final int DECISION_X = 105;
  private static final int START_X = 112;
  private static final int END_X = 210;
  private static final int POOL_X = 160;
  private static final int POOL_Y = 80;
  private static final int LANE_X = POOL_X + 30;
  private static final int FIRST_COLUMN = LANE_X + 40;

  /** The model and its forms (file name to JSON). */
  record Model(String key, String bpmn, Map<String, String> forms) {
  }

  private final SopTable table;
  private final RoleCatalogue roles;
  private final Map<Integer, String> ids = new LinkedHashMap<>();
  private final Map<Integer, Integer> column = new LinkedHashMap<>();
  private final Map<Integer, Row> byNumber = new LinkedHashMap<>();
  /** Decisions asked by each activity: the gateway rows its flows lead into. */
  private final Map<Integer, List<Row>> asks = new LinkedHashMap<>();
  /** Rows of activities that several flows enter: each gets a joining gateway. */
  private final Set<Integer> joined = new LinkedHashSet<>();
  private final StringBuilder process = new StringBuilder();
  private final StringBuilder diagram = new StringBuilder();

  private TableBpmn(SopTable table, RoleCatalogue roles) {
    this.table = table;
    this.roles = roles;
  }

  static Model write(SopTable table, RoleCatalogue roles) {
    return new TableBpmn(table, roles).write();
  }

  private Model write() {
    Set<String> used = new LinkedHashSet<>(List.of(table.key(), "mulai"));
    List<Row> rows = table.rows();
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      byNumber.put(row.number(), row);
      column.put(row.number(), i + 1);
      ids.put(row.number(), unique(row.id() != null ? row.id() : row.symbol() == Symbol.KEPUTUSAN
          ? "keputusan-" + row.number() : slug(row.kegiatan()), used));
    }
    Map<Integer, Integer> incoming = new LinkedHashMap<>(Map.of(rows.get(0).number(), 1));
    for (Row row : rows) {
      for (int target : targets(row)) {
        incoming.merge(target, 1, Integer::sum);
        if (byNumber.get(target).symbol() == Symbol.KEPUTUSAN && row.symbol().isActivity()) {
          asks.computeIfAbsent(row.number(), number -> new ArrayList<>()).add(byNumber.get(target));
        }
      }
    }
    incoming.forEach((number, count) -> {
      if (count > 1 && byNumber.get(number).symbol().isActivity()) {
        joined.add(number);
      }
    });
    Map<String, String> forms = new LinkedHashMap<>();
    process.append("    <bpmn:startEvent id=\"mulai\" name=\"Mulai\" />\n");
    shape("mulai", FIRST_COLUMN + START_X, laneMiddle(rows.get(0).role()) - 18, 36, 36);
    flow("mulai", entry(rows.get(0).number()), null, null, 0, rows.get(0).role(), 1, rows.get(0).role());
    for (Row row : rows) {
      if (row.symbol() == Symbol.KEPUTUSAN) {
        decision(row);
      } else {
        forms.put(formFile(row), TableForms.form(formId(row), row, asks.getOrDefault(row.number(), List.of()),
            this::variable));
        activity(row);
      }
    }
    return new Model(table.key(), document(), forms);
  }

  /** The element a flow to the row enters: its joining gateway, or the row's own element. */
  private String entry(int number) {
    return joined.contains(number) ? "gabung-" + ids.get(number) : ids.get(number);
  }

  private void activity(Row row) {
    String id = ids.get(row.number());
    int x = left(row.number());
    int middle = laneMiddle(row.role());
    if (joined.contains(row.number())) {
      process.append("    <bpmn:exclusiveGateway id=\"gabung-").append(id).append("\" />\n");
      shape("gabung-" + id, x + JOIN_X, middle - 25, 50, 50);
      String flowId = "flow-" + (++flows);
      process.append("    <bpmn:sequenceFlow id=\"").append(flowId).append("\" sourceRef=\"gabung-").append(id)
          .append("\" targetRef=\"").append(id).append("\" />\n");
      edge(flowId, List.of(new int[] {x + JOIN_X + 50, middle}, new int[] {x + TASK_X, middle}));
    }
    process.append("    <bpmn:userTask id=\"").append(id).append("\" name=\"").append(xml(row.kegiatan()))
        .append("\" camunda:formRef=\"").append(formId(row)).append("\" camunda:formRefBinding=\"latest\">\n")
        .append("      <bpmn:extensionElements>\n        <camunda:properties>\n");
    property("waktu", row.waktu());
    property("kelengkapan", row.kelengkapan());
    property("output", row.output());
    property("keterangan", row.keterangan());
    process.append("        </camunda:properties>\n      </bpmn:extensionElements>\n    </bpmn:userTask>\n");
    shape(id, x + TASK_X, middle - 40, 100, 80);
    if (row.symbol() == Symbol.SELESAI) {
      String end = "selesai-" + id;
      process.append("    <bpmn:endEvent id=\"").append(end).append("\" name=\"Selesai\" />\n");
      shape(end, x + END_X, middle - 18, 36, 36);
      flow(id, end, null, null, column.get(row.number()), row.role(), -1, row.role());
      return;
    }
    int target = targets(row).get(0);
    flow(id, entry(target), null, null, column.get(row.number()), row.role(), column.get(target),
        byNumber.get(target).role());
  }

  private void decision(Row row) {
    String id = ids.get(row.number());
    process.append("    <bpmn:exclusiveGateway id=\"").append(id).append("\" name=\"").append(xml(row.kegiatan()))
        .append("\" />\n");
    shape(id, left(row.number()) + DECISION_X, laneMiddle(row.role()) - 25, 50, 50);
    for (Branch branch : row.branches()) {
      String condition = "${" + variable(row) + " == '" + branch.label().replace("\\", "\\\\").replace("'", "\\'")
          + "'}";
      flow(id, entry(branch.row()), branch.label(), condition, column.get(row.number()), row.role(),
          column.get(branch.row()), byNumber.get(branch.row()).role());
    }
  }

  /** The rows a row leads to: its branches, or the next row. */
  private List<Integer> targets(Row row) {
    if (!row.branches().isEmpty()) {
      return row.branches().stream().map(Branch::row).toList();
    }
    if (row.symbol() == Symbol.SELESAI) {
      return List.of();
    }
    List<Row> rows = table.rows();
    return List.of(rows.get(rows.indexOf(row) + 1).number());
  }

  /** The process variable holding a decision's answer, asked in the form of the task before it. */
  private String variable(Row decision) {
    return "keputusan" + decision.number();
  }

  private void property(String name, String value) {
    if (value != null && !value.isBlank()) {
      process.append("          <camunda:property name=\"").append(SopVocabulary.PREFIX).append(name)
          .append("\" value=\"").append(xml(value)).append("\" />\n");
    }
  }

  private int flows;

  /**
   * A sequence flow and its edge, from the source's column and lane to the target's; a target column
   * of -1 is the end event beside the source.
   */
  private void flow(String source, String target, String name, String condition, int fromColumn, String fromLane,
                    int toColumn, String toLane) {
    String id = "flow-" + (++flows);
    process.append("    <bpmn:sequenceFlow id=\"").append(id).append("\" sourceRef=\"").append(source)
        .append("\" targetRef=\"").append(target).append('"');
    if (name != null) {
      process.append(" name=\"").append(xml(name)).append('"');
    }
    if (condition == null) {
      process.append(" />\n");
    } else {
      process.append(">\n      <bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">").append(xml(condition))
          .append("</bpmn:conditionExpression>\n    </bpmn:sequenceFlow>\n");
    }
    edge(id, route(source, fromColumn, fromLane, toColumn, toLane));
  }

  /** The waypoints: straight, turning in the gap after the source's column, or along the lane's free band. */
  private List<int[]> route(String source, int fromColumn, String fromLane, int toColumn, String toLane) {
    int fromLeft = FIRST_COLUMN + fromColumn * COLUMN;
    int sourceRight = fromLeft + (source.equals("mulai") ? START_X + 36
        : byId(source) == Symbol.KEPUTUSAN ? DECISION_X + 50 : TASK_X + 100);
    int y = laneMiddle(fromLane);
    List<int[]> points = new ArrayList<>();
    points.add(new int[] {sourceRight, y});
    if (toColumn < 0) {
      points.add(new int[] {fromLeft + END_X, y});
      return points;
    }
    Row targetRow = table.rows().get(toColumn - 1);
    int toLeft = FIRST_COLUMN + toColumn * COLUMN + (joined.contains(targetRow.number()) ? JOIN_X
        : targetRow.symbol() == Symbol.KEPUTUSAN ? DECISION_X : TASK_X);
    int toY = laneMiddle(toLane);
    int gapAfterSource = fromLeft + COLUMN - 15;
    int gapBeforeTarget = FIRST_COLUMN + toColumn * COLUMN - 15;
    if (toColumn == fromColumn + 1) {
      if (toY != y) {
        points.add(new int[] {gapAfterSource, y});
        points.add(new int[] {gapAfterSource, toY});
      }
    } else {
      int band = laneTop(fromLane) + LANE_HEIGHT - 15;
      points.add(new int[] {gapAfterSource, y});
      points.add(new int[] {gapAfterSource, band});
      points.add(new int[] {gapBeforeTarget, band});
      points.add(new int[] {gapBeforeTarget, toY});
    }
    points.add(new int[] {toLeft, toY});
    return points;
  }

  private Symbol byId(String id) {
    return ids.entrySet().stream().filter(entry -> entry.getValue().equals(id)).findFirst()
        .map(entry -> byNumber.get(entry.getKey()).symbol()).orElse(Symbol.PROSES);
  }

  private void shape(String id, int x, int y, int width, int height) {
    diagram.append("      <bpmndi:BPMNShape id=\"").append(id).append("_di\" bpmnElement=\"").append(id)
        .append("\"><dc:Bounds x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" /></bpmndi:BPMNShape>\n");
  }

  private void edge(String id, List<int[]> points) {
    diagram.append("      <bpmndi:BPMNEdge id=\"").append(id).append("_di\" bpmnElement=\"").append(id).append("\">");
    for (int[] point : points) {
      diagram.append("<di:waypoint x=\"").append(point[0]).append("\" y=\"").append(point[1]).append("\" />");
    }
    diagram.append("</bpmndi:BPMNEdge>\n");
  }

  private int left(int number) {
    return FIRST_COLUMN + column.get(number) * COLUMN;
  }

  private int laneTop(String role) {
    return POOL_Y + table.pelaksana().indexOf(role) * LANE_HEIGHT;
  }

  private int laneMiddle(String role) {
    return laneTop(role) + LANE_HEIGHT / 2;
  }

  private String document() {
    String key = table.key();
    int width = 30 + 40 + (table.rows().size() + 1) * COLUMN + 40;
    int height = table.pelaksana().size() * LANE_HEIGHT;
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
        + " xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\" xmlns:dc=\"http://www.omg.org/spec/DD/20100524/DC\""
        + " xmlns:di=\"http://www.omg.org/spec/DD/20100524/DI\" xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\""
        + " xmlns:modeler=\"http://camunda.org/schema/modeler/1.0\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
        + " id=\"definitions-").append(key).append("\" targetNamespace=\"https://sopflow.org/sop\" exporter=\"SOP Flow\""
        + " exporterVersion=\"1\" modeler:executionPlatform=\"Camunda Platform\" modeler:executionPlatformVersion=\"7.24.0\">\n");
    xml.append("  <bpmn:collaboration id=\"kolaborasi-").append(key).append("\">\n    <bpmn:participant id=\"peserta-")
        .append(key).append("\" name=\"").append(xml(table.name())).append("\" processRef=\"").append(key)
        .append("\" />\n  </bpmn:collaboration>\n");
    xml.append("  <bpmn:process id=\"").append(key).append("\" name=\"").append(xml(table.name()))
        .append("\" isExecutable=\"true\" camunda:historyTimeToLive=\"1825\">\n");
    if (!table.identity().isEmpty()) {
      xml.append("    <bpmn:extensionElements>\n      <camunda:properties>\n");
      table.identity().forEach((name, value) -> xml.append("        <camunda:property name=\"")
          .append(SopVocabulary.PREFIX).append(name).append("\" value=\"").append(xml(value)).append("\" />\n"));
      xml.append("      </camunda:properties>\n    </bpmn:extensionElements>\n");
    }
    xml.append(lanes());
    xml.append(process);
    xml.append("  </bpmn:process>\n  <bpmndi:BPMNDiagram id=\"diagram-").append(key)
        .append("\">\n    <bpmndi:BPMNPlane id=\"plane-").append(key).append("\" bpmnElement=\"kolaborasi-").append(key)
        .append("\">\n");
    xml.append("      <bpmndi:BPMNShape id=\"peserta-").append(key).append("_di\" bpmnElement=\"peserta-").append(key)
        .append("\" isHorizontal=\"true\"><dc:Bounds x=\"").append(POOL_X).append("\" y=\"").append(POOL_Y)
        .append("\" width=\"").append(width).append("\" height=\"").append(height).append("\" /></bpmndi:BPMNShape>\n");
    for (String role : table.pelaksana()) {
      xml.append("      <bpmndi:BPMNShape id=\"").append(role).append("_di\" bpmnElement=\"").append(role)
          .append("\" isHorizontal=\"true\"><dc:Bounds x=\"").append(LANE_X).append("\" y=\"").append(laneTop(role))
          .append("\" width=\"").append(width - 30).append("\" height=\"").append(LANE_HEIGHT)
          .append("\" /></bpmndi:BPMNShape>\n");
    }
    xml.append(diagram).append("    </bpmndi:BPMNPlane>\n  </bpmndi:BPMNDiagram>\n</bpmn:definitions>\n");
    return xml.toString();
  }

  /** One lane per pelaksana, with the start event in the first row's lane and each end event in its row's. */
  private String lanes() {
    StringBuilder xml = new StringBuilder("    <bpmn:laneSet id=\"laneset-" + table.key() + "\">\n");
    for (String role : table.pelaksana()) {
      xml.append("      <bpmn:lane id=\"").append(role).append("\" name=\"")
          .append(xml(roles.find(role).map(Role::name).orElse(role))).append("\">\n");
      if (table.rows().get(0).role().equals(role)) {
        xml.append("        <bpmn:flowNodeRef>mulai</bpmn:flowNodeRef>\n");
      }
      for (Row row : table.rows()) {
        if (row.role().equals(role)) {
          String id = ids.get(row.number());
          if (joined.contains(row.number())) {
            xml.append("        <bpmn:flowNodeRef>gabung-").append(id).append("</bpmn:flowNodeRef>\n");
          }
          xml.append("        <bpmn:flowNodeRef>").append(id).append("</bpmn:flowNodeRef>\n");
          if (row.symbol() == Symbol.SELESAI) {
            xml.append("        <bpmn:flowNodeRef>selesai-").append(id).append("</bpmn:flowNodeRef>\n");
          }
        }
      }
      xml.append("      </bpmn:lane>\n");
    }
    return xml.append("    </bpmn:laneSet>\n").toString();
  }

  private String formId(Row row) {
    return "form-" + table.key() + "-" + ids.get(row.number());
  }

  private String formFile(Row row) {
    return formId(row) + ".form";
  }

  /** An id from the activity's words: lower case, ASCII, words joined by '-', at most 40 characters. */
  static String slug(String text) {
    String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    if (slug.length() > 40) {
      slug = slug.substring(0, 40).replaceAll("-[^-]*$", "");
    }
    return slug.isEmpty() || !Character.isLetter(slug.charAt(0)) ? "langkah-" + slug : slug;
  }

  private static String unique(String id, Set<String> used) {
    String candidate = id;
    for (int n = 2; !used.add(candidate); n++) {
      candidate = id + "-" + n;
    }
    return candidate;
  }

  static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("\n", "&#10;");
  }
}

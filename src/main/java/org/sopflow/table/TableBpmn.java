package org.sopflow.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
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
 * A row that several flows enter gets a joining gateway before it (no implicit join, no gateway
 * that both joins and forks).
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
  /** Rows that several flows enter: each gets an exclusive joining gateway. */
  private final Set<Integer> joined = new LinkedHashSet<>();
  /** Rows that the rows started at once all lead to: each gets a parallel joining gateway. */
  private final Set<Integer> parallelJoins = new LinkedHashSet<>();
  /** The end events of each row. */
  private final Map<Integer, List<String>> endIds = new LinkedHashMap<>();
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
    Map<Integer, List<Row>> sources = new LinkedHashMap<>();
    sources.put(rows.get(0).number(), new ArrayList<>(java.util.Collections.singletonList(null)));
    Map<Integer, Row> splitOf = new LinkedHashMap<>();
    for (Row row : rows) {
      for (Branch branch : row.branches()) {
        if (branch.parallel()) {
          splitOf.put(branch.row(), row);
        }
      }
      for (int target : targets(row)) {
        sources.computeIfAbsent(target, number -> new ArrayList<>()).add(row);
        if (byNumber.get(target).symbol() == Symbol.KEPUTUSAN && row.symbol().isActivity()) {
          asks.computeIfAbsent(row.number(), number -> new ArrayList<>()).add(byNumber.get(target));
        }
      }
    }
    sources.forEach((number, from) -> {
      boolean allBranchesOfOneSplit = from.size() > 1 && from.stream().allMatch(source -> source != null
          && splitOf.get(source.number()) != null && splitOf.get(source.number()) == splitOf.get(from.get(0).number()));
      if (allBranchesOfOneSplit) {
        parallelJoins.add(number);
      } else if (from.size() > 1) {
        joined.add(number);
      }
    });
    Map<String, String> forms = new LinkedHashMap<>();
    process.append("    <bpmn:startEvent id=\"mulai\" name=\"Mulai\" />\n");
    shape("mulai", FIRST_COLUMN + START_X, laneMiddle(rows.get(0).role()) - 18, 36, 36);
    flow("mulai", entry(rows.get(0).number()), null, null, START_X + 36, 0, rows.get(0).role(), 1,
        rows.get(0).role());
    for (Row row : rows) {
      join(row);
      if (row.symbol() == Symbol.KEPUTUSAN) {
        decision(row);
      } else {
        forms.put(formFile(row), TableForms.form(formId(row), row, asks.getOrDefault(row.number(), List.of())
            .stream().filter(this::asked).toList(), this::variable));
        activity(row);
      }
    }
    return new Model(table.key(), withFlowReferences(document()), forms);
  }

  /** The element a flow to the row enters: its joining gateway, or the row's own element. */
  private String entry(int number) {
    return joined.contains(number) || parallelJoins.contains(number) ? "gabung-" + ids.get(number) : ids.get(number);
  }

  /** The joining gateway before a row several flows enter: parallel after rows started at once, else exclusive. */
  private void join(Row row) {
    if (!joined.contains(row.number()) && !parallelJoins.contains(row.number())) {
      return;
    }
    String id = ids.get(row.number());
    int x = left(row.number());
    int middle = laneMiddle(row.role());
    String kind = parallelJoins.contains(row.number()) ? "parallelGateway" : "exclusiveGateway";
    process.append("    <bpmn:").append(kind).append(" id=\"gabung-").append(id).append("\" />\n");
    shape("gabung-" + id, x + JOIN_X, middle - 25, 50, 50);
    String flowId = "flow-" + (++flows);
    process.append("    <bpmn:sequenceFlow id=\"").append(flowId).append("\" sourceRef=\"gabung-").append(id)
        .append("\" targetRef=\"").append(id).append("\" />\n");
    int entryX = row.symbol() == Symbol.KEPUTUSAN ? DECISION_X : TASK_X;
    edge(flowId, List.of(new int[] {x + JOIN_X + 50, middle}, new int[] {x + entryX, middle}));
  }

  private void activity(Row row) {
    String id = ids.get(row.number());
    int x = left(row.number());
    int middle = laneMiddle(row.role());
    process.append("    <bpmn:userTask id=\"").append(id).append("\" name=\"").append(xml(row.kegiatan()))
        .append("\" camunda:formRef=\"").append(formId(row)).append("\" camunda:formRefBinding=\"latest\">\n")
        .append("      <bpmn:extensionElements>\n        <camunda:properties>\n");
    property("waktu", row.waktu());
    property("kelengkapan", row.kelengkapan());
    property("output", row.output());
    property("keterangan", row.keterangan());
    row.properties().forEach(this::property);
    process.append("        </camunda:properties>\n      </bpmn:extensionElements>\n    </bpmn:userTask>\n");
    shape(id, x + TASK_X, middle - 40, 100, 80);
    List<Branch> parallel = row.branches().stream().filter(Branch::parallel).toList();
    if (!parallel.isEmpty()) {
      String split = "bersamaan-" + id;
      process.append("    <bpmn:parallelGateway id=\"").append(split).append("\" />\n");
      shape(split, x + END_X, middle - 25, 50, 50);
      flow(id, split, null, null, TASK_X + 100, column.get(row.number()), row.role(), -1, row.role());
      for (Branch branch : parallel) {
        flow(split, entry(branch.row()), null, null, END_X + 50, column.get(row.number()), row.role(),
            column.get(branch.row()), byNumber.get(branch.row()).role());
      }
    } else if (row.leadsToEnd()) {
      end(row, 0, id, null, null, TASK_X + 100);
    } else {
      int target = targets(row).get(0);
      flow(id, entry(target), null, null, TASK_X + 100, column.get(row.number()), row.role(), column.get(target),
          byNumber.get(target).role());
    }
  }

  private void decision(Row row) {
    String id = ids.get(row.number());
    process.append("    <bpmn:exclusiveGateway id=\"").append(id).append("\" name=\"").append(xml(row.kegiatan()))
        .append("\" />\n");
    shape(id, left(row.number()) + DECISION_X, laneMiddle(row.role()) - 25, 50, 50);
    int ends = 0;
    for (Branch branch : row.branches()) {
      String condition = branch.condition() != null ? branch.condition() : "${" + variable(row) + " == '"
          + branch.label().replace("\\", "\\\\").replace("'", "\\'") + "'}";
      if (branch.toEnd()) {
        end(row, ends++, id, branch.label(), condition, DECISION_X + 50);
      } else {
        flow(id, entry(branch.row()), branch.label(), condition, DECISION_X + 50, column.get(row.number()), row.role(),
            column.get(branch.row()), byNumber.get(branch.row()).role());
      }
    }
  }

  /**
   * The row's n-th end event in its column, with the flow to it: beside an activity; above a
   * decision, whose other branches leave along the middle of the lane (a further end above that);
   * its id, status and name from the Akhir column, or named after the row.
   */
  private void end(Row row, int n, String source, String label, String condition, int sourceRight) {
    SopTable.End end = n < row.ends().size() ? row.ends().get(n) : null;
    String id = end != null ? end.id() : "selesai-" + ids.get(row.number()) + (n > 0 ? "-" + (n + 1) : "");
    endIds.computeIfAbsent(row.number(), number -> new ArrayList<>()).add(id);
    process.append("    <bpmn:endEvent id=\"").append(id).append("\" name=\"")
        .append(xml(end != null && end.name() != null ? end.name() : "Selesai")).append('"');
    if (end != null && end.status() != null) {
      process.append(">\n      <bpmn:extensionElements>\n        <camunda:properties>\n          <camunda:property"
          + " name=\"sop.status\" value=\"").append(end.status()).append("\" />\n        </camunda:properties>\n"
          + "      </bpmn:extensionElements>\n    </bpmn:endEvent>\n");
    } else {
      process.append(" />\n");
    }
    int x = left(row.number());
    int middle = laneMiddle(row.role());
    int endMiddle = middle - 50 * (row.symbol() == Symbol.KEPUTUSAN ? n + 1 : n);
    shape(id, x + END_X, endMiddle - 18, 36, 36);
    String flowId = openFlow(source, id, label, condition);
    List<int[]> points = new ArrayList<>();
    points.add(new int[] {x + sourceRight, middle});
    if (endMiddle != middle) {
      points.add(new int[] {x + (sourceRight + END_X) / 2, middle});
      points.add(new int[] {x + (sourceRight + END_X) / 2, endMiddle});
    }
    points.add(new int[] {x + END_X, endMiddle});
    edge(flowId, points);
  }

  /** The rows a row leads to: its branches (but the end), or the next row. */
  private List<Integer> targets(Row row) {
    if (!row.branches().isEmpty()) {
      return row.branches().stream().filter(branch -> !branch.toEnd()).map(Branch::row).toList();
    }
    if (row.symbol() == Symbol.SELESAI) {
      return List.of();
    }
    List<Row> rows = table.rows();
    return List.of(rows.get(rows.indexOf(row) + 1).number());
  }

  /** Whether the officer is asked for the decision's answer: some branch has no condition of its own. */
  private boolean asked(Row decision) {
    return decision.branches().stream().anyMatch(branch -> branch.condition() == null);
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

  /** A sequence flow's XML; returns its id, for its edge. */
  private String openFlow(String source, String target, String name, String condition) {
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
    return id;
  }

  /**
   * A sequence flow and its edge, from the source's right side (at {@code sourceRight} in its column)
   * to the target row's entry; a target column of -1 is the shape beside the source in its column.
   */
  private void flow(String source, String target, String name, String condition, int sourceRight, int fromColumn,
                    String fromLane, int toColumn, String toLane) {
    edge(openFlow(source, target, name, condition), route(sourceRight, fromColumn, fromLane, toColumn, toLane));
  }

  /** The waypoints: straight, turning in the gap after the source's column, or along the lane's free band. */
  private List<int[]> route(int sourceRight, int fromColumn, String fromLane, int toColumn, String toLane) {
    int fromLeft = FIRST_COLUMN + fromColumn * COLUMN;
    int y = laneMiddle(fromLane);
    List<int[]> points = new ArrayList<>();
    points.add(new int[] {fromLeft + sourceRight, y});
    if (toColumn < 0) {
      points.add(new int[] {fromLeft + END_X, y});
      return points;
    }
    Row targetRow = table.rows().get(toColumn - 1);
    int toLeft = FIRST_COLUMN + toColumn * COLUMN + (entry(targetRow.number()).startsWith("gabung-") ? JOIN_X
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
        .append(key).append("\" name=\"").append(xml(table.unit() != null ? table.unit() : table.name()))
        .append("\" processRef=\"").append(key)
        .append("\" />\n  </bpmn:collaboration>\n");
    xml.append("  <bpmn:process id=\"").append(key).append("\" name=\"").append(xml(table.name()))
        .append("\" isExecutable=\"true\" camunda:historyTimeToLive=\"1825\"")
        .append(table.versi() == null ? "" : " camunda:versionTag=\"" + xml(table.versi()) + "\"").append(">\n");
    if (table.uraian() != null) {
      xml.append("    <bpmn:documentation>").append(xml(table.uraian())).append("</bpmn:documentation>\n");
    }
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

  /**
   * The model with each node's incoming and outgoing flows listed on it, as Camunda Modeler writes
   * them: bpmn-js and bpmnlint read a node's connections from these, not from the flows.
   */
  private static String withFlowReferences(String xml) {
    BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      flow.getSource().getOutgoing().add(flow);
      flow.getTarget().getIncoming().add(flow);
    }
    return Bpmn.convertToString(model);
  }

  /** One lane per pelaksana, with the start event in the first row's lane and each end event in its row's. */
  private String lanes() {
    StringBuilder xml = new StringBuilder("    <bpmn:laneSet id=\"laneset-" + table.key() + "\">\n");
    for (String role : table.pelaksana()) {
      xml.append("      <bpmn:lane id=\"").append(role).append("\" name=\"")
          .append(xml(table.laneNames().getOrDefault(role, roles.find(role).map(Role::name).orElse(role))))
          .append("\">\n");
      if (table.rows().get(0).role().equals(role)) {
        xml.append("        <bpmn:flowNodeRef>mulai</bpmn:flowNodeRef>\n");
      }
      for (Row row : table.rows()) {
        if (row.role().equals(role)) {
          String id = ids.get(row.number());
          if (entry(row.number()).startsWith("gabung-")) {
            xml.append("        <bpmn:flowNodeRef>gabung-").append(id).append("</bpmn:flowNodeRef>\n");
          }
          xml.append("        <bpmn:flowNodeRef>").append(id).append("</bpmn:flowNodeRef>\n");
          if (row.branches().stream().anyMatch(Branch::parallel)) {
            xml.append("        <bpmn:flowNodeRef>bersamaan-").append(id).append("</bpmn:flowNodeRef>\n");
          }
          endIds.getOrDefault(row.number(), List.of()).forEach(end ->
              xml.append("        <bpmn:flowNodeRef>").append(end).append("</bpmn:flowNodeRef>\n"));
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

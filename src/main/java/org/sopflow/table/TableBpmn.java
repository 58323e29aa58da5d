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
import org.sopflow.model.SopProperty;
import org.sopflow.table.SopTable.Branch;
import org.sopflow.table.SopTable.Row;
import org.sopflow.table.SopTable.Symbol;
import org.sopflow.table.TableDiagram.Slot;

/**
 * Writes an {@link SopTable} as an SOP model: a pool, one lane per pelaksana in column order, a user
 * task per activity with its mutu baku as {@code sop.*} properties and its own Camunda Form, an
 * exclusive gateway per decision (the task before it asks the officer for the answer, and each
 * branch's condition tests it), a start event before the {@code mulai} row and an end event after
 * each {@code selesai} row. A row that several flows enter gets a joining gateway before it (no
 * implicit join, no gateway that both joins and forks); {@link TableDiagram} lays it all out.
 */
final class TableBpmn {

  /** The model and its forms (file name to JSON). */
  record Model(String key, String bpmn, Map<String, String> forms) {
  }

  /** A form the folder already has for a step of the same id: its file, id and JSON, and the step then. */
  record KeptForm(String file, String formId, String json, Row before) {
  }

  private final SopTable table;
  private final RoleCatalogue roles;
  /** By step id: the forms kept from the model the table replaces. */
  private final Map<String, KeptForm> kept;
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
  private final TableDiagram diagram;
  private int flows;

  private TableBpmn(SopTable table, RoleCatalogue roles, Map<String, KeptForm> kept) {
    this.table = table;
    this.roles = roles;
    this.kept = kept;
    this.diagram = new TableDiagram(table.pelaksana(), table.rows().size() + 1);
  }

  static Model write(SopTable table, RoleCatalogue roles) {
    return write(table, roles, Map.of());
  }

  /** The model, keeping the given forms (by step id) for the steps that keep their id. */
  static Model write(SopTable table, RoleCatalogue roles, Map<String, KeptForm> kept) {
    return new TableBpmn(table, roles, kept).write();
  }

  private Model write() {
    List<Row> rows = table.rows();
    analyse(rows);
    Map<String, String> forms = new LinkedHashMap<>();
    process.append("    <bpmn:startEvent id=\"mulai\" name=\"Mulai\" />\n");
    Row first = rows.get(0);
    diagram.place("mulai", Slot.START, 0, first.role(), 0);
    flow("mulai", Slot.START, 0, first.role(), first.number(), null, null);
    for (Row row : rows) {
      join(row);
      if (row.symbol() == Symbol.KEPUTUSAN) {
        decision(row);
      } else {
        form(row, forms);
        activity(row);
      }
    }
    return new Model(table.key(), withFlowReferences(document()), forms);
  }

  /** The step's form: the one kept for its id, brought up to the row, or a new one. */
  private void form(Row row, Map<String, String> forms) {
    List<Row> decisions = asks.getOrDefault(row.number(), List.of()).stream().filter(this::asked).toList();
    KeptForm form = kept.get(ids.get(row.number()));
    if (form == null) {
      forms.put(formId(row) + ".form", TableForms.form(formId(row), row, decisions, this::variable));
    } else {
      forms.put(form.file(), TableForms.kept(form.json(), form.before(), row, decisions, this::variable));
    }
  }

  /** Ids and columns of the rows, where flows meet (and how), and which decisions each activity asks. */
  private void analyse(List<Row> rows) {
    Set<String> used = new LinkedHashSet<>(List.of(table.key(), "mulai"));
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      byNumber.put(row.number(), row);
      column.put(row.number(), i + 1);
      ids.put(row.number(), unique(row.id() != null ? row.id() : row.symbol() == Symbol.KEPUTUSAN
          ? "keputusan-" + row.number() : slug(row.kegiatan()), used));
    }
    findJoins(rows);
  }

  /**
   * The rows several flows enter: a parallel join where they all come from rows started at once by
   * one row, else an exclusive one; and on the way, the decisions each activity leads into.
   */
  private void findJoins(List<Row> rows) {
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
  }

  private boolean isJoined(int number) {
    return joined.contains(number) || parallelJoins.contains(number);
  }

  /** The element a flow to the row enters: its joining gateway, or the row's own element. */
  private String entry(int number) {
    return isJoined(number) ? "gabung-" + ids.get(number) : ids.get(number);
  }

  /** The slot a flow to the row enters. */
  private Slot entrySlot(int number) {
    return isJoined(number) ? Slot.JOIN : slot(byNumber.get(number));
  }

  private static Slot slot(Row row) {
    return row.symbol() == Symbol.KEPUTUSAN ? Slot.DECISION : Slot.TASK;
  }

  /** A flow from a slot of a column to a row, with its edge. */
  private void flow(String source, Slot from, int fromColumn, String fromLane, int target, String name,
                    String condition) {
    Row to = byNumber.get(target);
    diagram.connect(openFlow(source, entry(target), name, condition), from, fromColumn, fromLane, entrySlot(target),
        column.get(target), to.role(), 0);
  }

  /** The joining gateway before a row several flows enter: parallel after rows started at once, else exclusive. */
  private void join(Row row) {
    if (!isJoined(row.number())) {
      return;
    }
    String id = "gabung-" + ids.get(row.number());
    String kind = parallelJoins.contains(row.number()) ? "parallelGateway" : "exclusiveGateway";
    process.append("    <bpmn:").append(kind).append(" id=\"").append(id).append("\" />\n");
    int own = column.get(row.number());
    diagram.place(id, Slot.JOIN, own, row.role(), 0);
    diagram.connect(openFlow(id, ids.get(row.number()), null, null), Slot.JOIN, own, row.role(), slot(row), own,
        row.role(), 0);
  }

  private void activity(Row row) {
    String id = ids.get(row.number());
    int own = column.get(row.number());
    process.append("    <bpmn:userTask id=\"").append(id).append("\" name=\"").append(xml(row.kegiatan()))
        .append("\" camunda:formRef=\"").append(formId(row)).append("\" camunda:formRefBinding=\"latest\">\n")
        .append("      <bpmn:extensionElements>\n        <camunda:properties>\n");
    property(SopProperty.WAKTU.shortName(), row.waktu());
    property(SopProperty.KELENGKAPAN.shortName(), row.kelengkapan());
    property(SopProperty.OUTPUT.shortName(), row.output());
    property(SopProperty.KETERANGAN.shortName(), row.keterangan());
    row.properties().forEach(this::property);
    process.append("        </camunda:properties>\n      </bpmn:extensionElements>\n    </bpmn:userTask>\n");
    diagram.place(id, Slot.TASK, own, row.role(), 0);
    List<Branch> parallel = row.branches().stream().filter(Branch::parallel).toList();
    if (!parallel.isEmpty()) {
      String split = "bersamaan-" + id;
      process.append("    <bpmn:parallelGateway id=\"").append(split).append("\" />\n");
      diagram.place(split, Slot.SPLIT, own, row.role(), 0);
      diagram.connect(openFlow(id, split, null, null), Slot.TASK, own, row.role(), Slot.SPLIT, own, row.role(), 0);
      parallel.forEach(branch -> flow(split, Slot.SPLIT, own, row.role(), branch.row(), null, null));
    } else if (row.leadsToEnd()) {
      end(row, 0, id, null, null);
    } else {
      flow(id, Slot.TASK, own, row.role(), targets(row).get(0), null, null);
    }
  }

  private void decision(Row row) {
    String id = ids.get(row.number());
    process.append("    <bpmn:exclusiveGateway id=\"").append(id).append("\" name=\"").append(xml(row.kegiatan()))
        .append("\" />\n");
    int own = column.get(row.number());
    diagram.place(id, Slot.DECISION, own, row.role(), 0);
    int ends = 0;
    for (Branch branch : row.branches()) {
      String condition = branch.condition() != null ? branch.condition() : "${" + variable(row) + " == '"
          + branch.label().replace("\\", "\\\\").replace("'", "\\'") + "'}";
      if (branch.toEnd()) {
        end(row, ends++, id, branch.label(), condition);
      } else {
        flow(id, Slot.DECISION, own, row.role(), branch.row(), branch.label(), condition);
      }
    }
  }

  /**
   * The row's n-th end event in its column, with the flow to it: beside an activity; above a
   * decision, whose other branches leave along the middle of the lane (a further end above that);
   * its id, status and name from the Akhir column, or named after the row.
   */
  private void end(Row row, int n, String source, String label, String condition) {
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
    int own = column.get(row.number());
    int raised = row.symbol() == Symbol.KEPUTUSAN ? n + 1 : n;
    diagram.place(id, Slot.END, own, row.role(), raised);
    diagram.connect(openFlow(source, id, label, condition), slot(row), own, row.role(), Slot.END, own, row.role(),
        raised);
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
    return TableForms.DECISION_VARIABLE + decision.number();
  }

  private void property(String name, String value) {
    if (value != null && !value.isBlank()) {
      process.append("          <camunda:property name=\"").append(SopProperty.PREFIX).append(name)
          .append("\" value=\"").append(xml(value)).append("\" />\n");
    }
  }

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

  private String document() {
    String key = table.key();
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
        + " xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\" xmlns:dc=\"http://www.omg.org/spec/DD/20100524/DC\""
        + " xmlns:di=\"http://www.omg.org/spec/DD/20100524/DI\" xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\""
        + " xmlns:modeler=\"http://camunda.org/schema/modeler/1.0\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
        + " id=\"definitions-").append(key).append("\" targetNamespace=\"https://sopflow.org/sop\" exporter=\"SOP Flow\""
        + " exporterVersion=\"1\" modeler:executionPlatform=\"Camunda Platform\" modeler:executionPlatformVersion=\"7.24.0\">\n");
    xml.append("  <bpmn:collaboration id=\"kolaborasi-").append(key).append("\">\n    <bpmn:participant id=\"peserta-")
        .append(key).append("\" name=\"").append(xml(table.unit() != null ? table.unit() : table.name()))
        .append("\" processRef=\"").append(key).append("\" />\n  </bpmn:collaboration>\n");
    xml.append("  <bpmn:process id=\"").append(key).append("\" name=\"").append(xml(table.name()))
        .append("\" isExecutable=\"true\" camunda:historyTimeToLive=\"1825\"")
        .append(table.versi() == null ? "" : " camunda:versionTag=\"" + xml(table.versi()) + "\"").append(">\n");
    if (table.uraian() != null) {
      xml.append("    <bpmn:documentation>").append(xml(table.uraian())).append("</bpmn:documentation>\n");
    }
    if (!table.identity().isEmpty()) {
      xml.append("    <bpmn:extensionElements>\n      <camunda:properties>\n");
      table.identity().forEach((name, value) -> xml.append("        <camunda:property name=\"")
          .append(SopProperty.PREFIX).append(name).append("\" value=\"").append(xml(value)).append("\" />\n"));
      xml.append("      </camunda:properties>\n    </bpmn:extensionElements>\n");
    }
    xml.append(lanes()).append(process).append("  </bpmn:process>\n").append(diagram.xml(key));
    return xml.append("</bpmn:definitions>\n").toString();
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
          if (isJoined(row.number())) {
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
    KeptForm form = kept.get(ids.get(row.number()));
    return form != null ? form.formId() : "form-" + table.key() + "-" + ids.get(row.number());
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

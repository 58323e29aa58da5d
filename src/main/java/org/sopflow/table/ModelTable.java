package org.sopflow.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.sopflow.model.SopReader;
import org.sopflow.model.SopProperty;
import org.sopflow.table.SopTable.Branch;
import org.sopflow.table.SopTable.End;
import org.sopflow.table.SopTable.Row;
import org.sopflow.table.SopTable.Symbol;

/**
 * An SOP model as its table, rows in the order an officer writes the procedure: an activity per
 * row, a decision per exclusive gateway that splits; joining gateways get no row (a flow through
 * them leads to the row after them), and a parallel split is written in the row before it as
 * {@code 5 & 6}. What the table cannot say in its Permenpan columns (element ids, conditions, the
 * ends' ids and status, other step properties) it keeps in Id, Cabang, Akhir and Properti lain, so
 * importing the table gives back a model that runs the same paths.
 */
final class ModelTable {

  private final SopReader reader;
  private final List<FlowNode> shown;
  private final Map<String, Integer> number = new LinkedHashMap<>();

  private ModelTable(SopReader reader) {
    this.reader = reader;
    this.shown = reader.inFlowOrder().stream()
        .filter(node -> node.getParentElement() == reader.process()).filter(this::isShown).toList();
    for (int i = 0; i < shown.size(); i++) {
      number.put(shown.get(i).getId(), i + 1);
    }
  }

  static SopTable of(BpmnModelInstance model) {
    SopReader reader = SopReader.of(model).get(0);
    return new ModelTable(reader).table(model);
  }

  private SopTable table(BpmnModelInstance model) {
    var process = reader.process();
    String unit = model.getModelElementsByType(Participant.class).stream().map(Participant::getName)
        .filter(name -> name != null && !name.isBlank()).findFirst().orElse(null);
    String uraian = process.getDocumentations().stream().map(Documentation::getTextContent)
        .filter(text -> text != null && !text.isBlank()).map(String::trim).findFirst().orElse(null);
    List<String> pelaksana = reader.lanes().stream().map(Lane::getId).toList();
    Map<String, String> laneNames = new LinkedHashMap<>();
    reader.lanes().stream().filter(lane -> lane.getName() != null && !lane.getName().isBlank())
        .forEach(lane -> laneNames.put(lane.getId(), lane.getName()));
    List<Row> rows = new ArrayList<>();
    for (FlowNode node : shown) {
      rows.add(row(node));
    }
    return new SopTable(process.getId(), process.getName(), unit, uraian, process.getCamundaVersionTag(),
        new LinkedHashMap<>(reader.identity()), pelaksana, laneNames, rows);
  }

  private Row row(FlowNode node) {
    int own = number.get(node.getId());
    String role = reader.laneOf(node).map(Lane::getId).orElse(null);
    List<Branch> branches = new ArrayList<>();
    List<End> ends = new ArrayList<>();
    boolean decision = node instanceof ExclusiveGateway;
    for (SequenceFlow flow : reader.outgoingFlows(node)) {
      for (Move move : moves(flow.getTarget(), new LinkedHashSet<>(), false)) {
        if (move.end() != null) {
          ends.add(new End(move.end().getId(), SopProperty.STATUS.in(SopReader.properties(move.end())),
              move.end().getName()));
        }
        int target = move.end() != null ? Branch.END : number.get(move.node().getId());
        String condition = flow.getConditionExpression() == null ? null : flow.getConditionExpression().getTextContent();
        String label = flow.getName() != null ? flow.getName() : decision ? labelOf(move) : null;
        branches.add(new Branch(decision ? label : null, decision ? condition : null, target, move.parallel()));
      }
    }
    Symbol symbol = decision ? Symbol.KEPUTUSAN : own == 1 ? Symbol.MULAI : Symbol.PROSES;
    if (!decision && branches.size() == 1 && branches.get(0).toEnd() && own != 1) {
      symbol = Symbol.SELESAI;
      branches.clear();
    } else if (!decision && branches.size() == 1 && branches.get(0).row() == own + 1) {
      branches.clear(); // the next row: nothing to write
    }
    Map<String, String> properties = SopReader.properties(node);
    Map<String, String> others = new LinkedHashMap<>(properties);
    TableParser.MUTU_BAKU.forEach(property -> others.remove(property.shortName()));
    return new Row(own, name(node), role, symbol, written(SopProperty.KELENGKAPAN, properties),
        written(SopProperty.WAKTU, properties), written(SopProperty.OUTPUT, properties),
        written(SopProperty.KETERANGAN, properties), branches, ends, node.getId(), others);
  }

  private static String written(SopProperty property, Map<String, String> properties) {
    String value = property.in(properties);
    return value == null ? "" : value;
  }

  /** Where a flow leads: a row, an end, or (through a parallel split) several rows at once. */
  private record Move(FlowNode node, EndEvent end, boolean parallel) {
  }

  /** The rows or ends reached from a node, passing joining gateways and parallel splits. */
  private List<Move> moves(FlowNode node, Set<String> seen, boolean parallel) {
    if (node instanceof EndEvent end) {
      return List.of(new Move(null, end, parallel));
    }
    if (isShown(node) || !seen.add(node.getId())) {
      return isShown(node) ? List.of(new Move(node, null, parallel)) : List.of();
    }
    boolean split = node instanceof ParallelGateway && reader.outgoingFlows(node).size() > 1;
    List<Move> moves = new ArrayList<>();
    for (SequenceFlow flow : reader.outgoingFlows(node)) {
      moves.addAll(moves(flow.getTarget(), seen, parallel || split));
    }
    return moves;
  }

  private static String labelOf(Move move) {
    return move.end() != null ? "Selesai" : name(move.node());
  }

  /** An activity, or an exclusive gateway that splits: a decision. */
  private boolean isShown(FlowNode node) {
    return node instanceof Activity || (node instanceof ExclusiveGateway && reader.outgoingFlows(node).size() > 1);
  }

  private static String name(FlowNode node) {
    return node.getName() != null && !node.getName().isBlank() ? node.getName() : node.getId();
  }
}

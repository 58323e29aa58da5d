package org.sopflow.documents;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.sopflow.model.SopReader;

/**
 * The rows of an SOP's flowchart table (Permenpan RB 35/2012), in the order an officer writes the
 * procedure: activities as processes, the first and the last ones as terminators (start and end
 * events have no row of their own), named exclusive gateways as decisions. Joining gateways and
 * parallel gateways carry no activity, so they get no row; a flow through them leads to the next
 * row after them.
 */
final class FlowchartRows {

  /** The Permenpan symbols with their names in the document. */
  enum Symbol {
    TERMINATOR("terminator"), PROCESS("proses"), DECISION("keputusan");

    final String css;

    Symbol(String css) {
      this.css = css;
    }
  }

  /** A flow to another row, with its label (the decision's branch). */
  record Next(int row, String label) {
  }

  record Row(int number, String id, String name, Symbol symbol, String laneId, List<Next> next) {
  }

  private FlowchartRows() {
  }

  static List<Row> of(SopReader reader) {
    List<FlowNode> shown = reader.inFlowOrder().stream()
        .filter(node -> node.getParentElement() == reader.process() && isShown(node)).toList();
    Map<String, Integer> number = new LinkedHashMap<>();
    for (int i = 0; i < shown.size(); i++) {
      number.put(shown.get(i).getId(), i + 1);
    }
    Set<FlowNode> first = new LinkedHashSet<>();
    for (FlowNode start : reader.startEvents()) {
      reader.outgoingFlows(start).forEach(flow -> first.addAll(shownTargets(reader, flow.getTarget(), new LinkedHashSet<>())));
    }
    List<Row> rows = new ArrayList<>();
    for (FlowNode node : shown) {
      List<Next> next = new ArrayList<>();
      for (SequenceFlow flow : reader.outgoingFlows(node)) {
        for (FlowNode target : shownTargets(reader, flow.getTarget(), new LinkedHashSet<>())) {
          next.add(new Next(number.get(target.getId()), flow.getName()));
        }
      }
      String lane = reader.laneOf(node).map(Lane::getId).orElse(null);
      Symbol symbol = symbol(node);
      if (symbol == Symbol.PROCESS && (first.contains(node) || leadsTo(reader, node, EndEvent.class))) {
        symbol = Symbol.TERMINATOR;
      }
      rows.add(new Row(number.get(node.getId()), node.getId(), name(node), symbol, lane, next));
    }
    return rows;
  }

  private static boolean isShown(FlowNode node) {
    return node instanceof Activity || SopReader.isApplicantWait(node)
        || (node instanceof ExclusiveGateway && node.getName() != null && !node.getName().isBlank());
  }

  private static Symbol symbol(FlowNode node) {
    return node instanceof Gateway ? Symbol.DECISION : Symbol.PROCESS;
  }

  /** Whether a flow leaves the node for a node of the given type, passing only nodes without a row. */
  private static boolean leadsTo(SopReader reader, FlowNode node, Class<? extends FlowNode> type) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<FlowNode> queue = new ArrayDeque<>();
    reader.outgoingFlows(node).forEach(flow -> queue.add(flow.getTarget()));
    while (!queue.isEmpty()) {
      FlowNode next = queue.poll();
      if (type.isInstance(next)) {
        return true;
      }
      if (!isShown(next) && seen.add(next.getId())) {
        reader.outgoingFlows(next).forEach(flow -> queue.add(flow.getTarget()));
      }
    }
    return false;
  }

  private static String name(FlowNode node) {
    if (node.getName() == null) {
      return SopReader.isApplicantWait(node) ? "Menunggu pemohon" : node.getId();
    }
    return node.getName();
  }

  /** The first shown nodes reached from a node, passing through gateways that get no row. */
  private static Collection<FlowNode> shownTargets(SopReader reader, FlowNode node, Set<String> seen) {
    if (isShown(node)) {
      return List.of(node);
    }
    if (!seen.add(node.getId())) {
      return List.of();
    }
    Set<FlowNode> targets = new LinkedHashSet<>();
    for (SequenceFlow flow : reader.outgoingFlows(node)) {
      targets.addAll(shownTargets(reader, flow.getTarget(), seen));
    }
    return targets;
  }
}

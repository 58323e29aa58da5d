package org.sopflow.documents;

import java.util.ArrayList;
import java.util.Collection;
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
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.sopflow.model.SopReader;

/**
 * The rows of an SOP's flowchart table (Permenpan RB 35/2012), in the order of the process flow:
 * start and end events as terminators, activities as processes, named exclusive gateways as
 * decisions. Joining gateways and parallel gateways carry no activity, so they get no row; a flow
 * through them leads to the next row after them.
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
    List<Row> rows = new ArrayList<>();
    for (FlowNode node : shown) {
      List<Next> next = new ArrayList<>();
      for (SequenceFlow flow : node.getOutgoing()) {
        for (FlowNode target : shownTargets(flow.getTarget(), new LinkedHashSet<>())) {
          next.add(new Next(number.get(target.getId()), flow.getName()));
        }
      }
      String lane = reader.laneOf(node).map(Lane::getId).orElse(null);
      rows.add(new Row(number.get(node.getId()), node.getId(), name(node), symbol(node), lane, next));
    }
    return rows;
  }

  private static boolean isShown(FlowNode node) {
    return node instanceof Activity || SopReader.isApplicantWait(node) || node instanceof StartEvent || node instanceof EndEvent
        || (node instanceof ExclusiveGateway && node.getName() != null && !node.getName().isBlank());
  }

  private static Symbol symbol(FlowNode node) {
    if (node instanceof Activity || SopReader.isApplicantWait(node)) {
      return Symbol.PROCESS;
    }
    return node instanceof Gateway ? Symbol.DECISION : Symbol.TERMINATOR;
  }

  private static String name(FlowNode node) {
    if (node.getName() == null) {
      return SopReader.isApplicantWait(node) ? "Menunggu pemohon" : node.getId();
    }
    return node.getName();
  }

  /** The first shown nodes reached from a node, passing through gateways that get no row. */
  private static Collection<FlowNode> shownTargets(FlowNode node, Set<String> seen) {
    if (isShown(node)) {
      return List.of(node);
    }
    if (!seen.add(node.getId())) {
      return List.of();
    }
    Set<FlowNode> targets = new LinkedHashSet<>();
    for (SequenceFlow flow : node.getOutgoing()) {
      targets.addAll(shownTargets(flow.getTarget(), seen));
    }
    return targets;
  }
}

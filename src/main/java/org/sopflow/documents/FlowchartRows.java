package org.sopflow.documents;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;

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

  static List<Row> of(BpmnModelInstance model, Process process) {
    Map<String, String> laneOf = new HashMap<>();
    for (Lane lane : model.getModelElementsByType(Lane.class)) {
      lane.getFlowNodeRefs().forEach(node -> laneOf.put(node.getId(), lane.getId()));
    }
    Map<String, List<SequenceFlow>> outgoing = new HashMap<>();
    for (SequenceFlow flow : process.getChildElementsByType(SequenceFlow.class)) {
      outgoing.computeIfAbsent(flow.getSource().getId(), id -> new ArrayList<>()).add(flow);
    }
    List<FlowNode> ordered = inFlowOrder(process, outgoing);
    List<FlowNode> shown = ordered.stream().filter(FlowchartRows::isShown).toList();
    Map<String, Integer> number = new LinkedHashMap<>();
    for (int i = 0; i < shown.size(); i++) {
      number.put(shown.get(i).getId(), i + 1);
    }
    List<Row> rows = new ArrayList<>();
    for (FlowNode node : shown) {
      List<Next> next = new ArrayList<>();
      for (SequenceFlow flow : outgoing.getOrDefault(node.getId(), List.of())) {
        for (FlowNode target : shownTargets(flow.getTarget(), outgoing, new LinkedHashSet<>())) {
          next.add(new Next(number.get(target.getId()), flow.getName()));
        }
      }
      rows.add(new Row(number.get(node.getId()), node.getId(), name(node), symbol(node), laneOf.get(node.getId()), next));
    }
    return rows;
  }

  private static boolean isShown(FlowNode node) {
    return node instanceof Activity || node instanceof StartEvent || node instanceof EndEvent
        || (node instanceof ExclusiveGateway && node.getName() != null && !node.getName().isBlank());
  }

  private static Symbol symbol(FlowNode node) {
    if (node instanceof Activity) {
      return Symbol.PROCESS;
    }
    return node instanceof Gateway ? Symbol.DECISION : Symbol.TERMINATOR;
  }

  private static String name(FlowNode node) {
    return node.getName() == null ? node.getId() : node.getName();
  }

  /** The first shown nodes reached from a node, passing through gateways that get no row. */
  private static Collection<FlowNode> shownTargets(FlowNode node, Map<String, List<SequenceFlow>> outgoing,
                                                   Set<String> seen) {
    if (isShown(node)) {
      return List.of(node);
    }
    if (!seen.add(node.getId())) {
      return List.of();
    }
    Set<FlowNode> targets = new LinkedHashSet<>();
    for (SequenceFlow flow : outgoing.getOrDefault(node.getId(), List.of())) {
      targets.addAll(shownTargets(flow.getTarget(), outgoing, seen));
    }
    return targets;
  }

  /** Breadth-first from the start events; nodes no flow reaches follow in document order. */
  private static List<FlowNode> inFlowOrder(Process process, Map<String, List<SequenceFlow>> outgoing) {
    Set<FlowNode> ordered = new LinkedHashSet<>();
    Deque<FlowNode> queue = new ArrayDeque<>(process.getChildElementsByType(StartEvent.class));
    while (!queue.isEmpty()) {
      FlowNode node = queue.poll();
      if (ordered.add(node)) {
        outgoing.getOrDefault(node.getId(), List.of()).forEach(flow -> queue.add(flow.getTarget()));
      }
    }
    ordered.addAll(process.getChildElementsByType(FlowNode.class));
    return List.copyOf(ordered);
  }
}

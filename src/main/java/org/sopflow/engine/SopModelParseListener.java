package org.sopflow.engine;

import static org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseUtil.parseCamundaExtensionProperties;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.Lane;
import org.camunda.bpm.engine.impl.pvm.process.LaneSet;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.sopflow.calendar.CalendarKind;
import org.sopflow.calendar.StandardTime;
import org.sopflow.model.SopDefinition;
import org.sopflow.model.SopLane;
import org.sopflow.model.SopStep;

/**
 * Reads the {@code sop.*} properties, lanes and activities of every parsed process into a
 * {@link SopDefinition}. A value that cannot be read refuses the deployment; Camunda adds the file
 * name to the message.
 */
class SopModelParseListener extends AbstractBpmnParseListener {

  private static final String PREFIX = "sop.";
  private static final Set<String> ACTIVITY_TAGS = Set.of("task", "userTask", "manualTask", "serviceTask",
      "sendTask", "receiveTask", "scriptTask", "businessRuleTask", "callActivity", "subProcess", "transaction");
  private static final Set<String> SCOPE_TAGS = Set.of("subProcess", "transaction");
  private static final Set<String> FLOW_NODE_TAGS = union(ACTIVITY_TAGS, Set.of("startEvent", "endEvent",
      "intermediateCatchEvent", "intermediateThrowEvent", "boundaryEvent", "exclusiveGateway",
      "inclusiveGateway", "parallelGateway", "eventBasedGateway", "complexGateway"));

  @Override
  public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
    List<String> problems = new ArrayList<>();
    Map<String, String> identity = sopProperties(processElement);
    Map<String, SopLane> laneByNode = lanesByFlowNode(processDefinition);
    FlowNodes nodes = FlowNodes.of(processElement);

    List<SopStep> steps = new ArrayList<>();
    for (Element activity : nodes.inFlowOrder()) {
      if (ACTIVITY_TAGS.contains(activity.getTagName())) {
        steps.add(step(activity, nodes, laneByNode, problems));
      }
    }
    CalendarKind calendar = calendar(processElement, identity.get("kalender"), problems);
    StandardTime serviceTime = time(processElement, "waktu-layanan", identity.get("waktu-layanan"), problems);
    if (!problems.isEmpty()) {
      throw new BpmnParseException(String.join("; ", problems), processElement);
    }
    List<String> startRoles = nodes.startEvents().stream()
        .map(start -> laneOf(start, nodes, laneByNode))
        .filter(lane -> lane != null)
        .map(SopLane::id).distinct().toList();
    SopModels.attach(processDefinition, new SopDefinition(processDefinition.getKey(),
        processDefinition.getName(), identity, calendar, serviceTime, lanes(processDefinition), steps, startRoles,
        nodes.mandatoryPredecessors(steps.stream().map(SopStep::activityId).toList())));
  }

  private SopStep step(Element activity, FlowNodes nodes, Map<String, SopLane> laneByNode, List<String> problems) {
    Map<String, String> properties = sopProperties(activity);
    SopLane lane = laneOf(activity, nodes, laneByNode);
    return new SopStep(
        activity.attribute("id"),
        activity.attribute("name"),
        activity.getTagName(),
        lane == null ? null : lane.id(),
        time(activity, "waktu", properties.get("waktu"), problems),
        properties.get("kelengkapan"),
        properties.get("output"),
        properties.get("keterangan"),
        time(activity, "perpanjangan-layanan", properties.get("perpanjangan-layanan"), problems));
  }

  private static CalendarKind calendar(Element processElement, String value, List<String> problems) {
    if (value == null) {
      return CalendarKind.HARI_KERJA;
    }
    return CalendarKind.fromValue(value).orElseGet(() -> {
      problems.add(describe(processElement) + ": sop.kalender '" + value + "' is not a calendar; use '"
          + CalendarKind.HARI_KERJA.value() + "' or '" + CalendarKind.ROUND_THE_CLOCK.value() + "'");
      return CalendarKind.HARI_KERJA;
    });
  }

  private static StandardTime time(Element element, String property, String value, List<String> problems) {
    if (value == null) {
      return null;
    }
    try {
      return StandardTime.parse(value);
    } catch (IllegalArgumentException e) {
      problems.add(describe(element) + ": sop." + property + " " + e.getMessage());
      return null;
    }
  }

  /** The lane of a flow node; a node inside a sub-process that no lane names lies in the sub-process's lane. */
  private static SopLane laneOf(Element node, FlowNodes nodes, Map<String, SopLane> laneByNode) {
    for (Element current = node; current != null; current = nodes.parentScope(current)) {
      SopLane lane = laneByNode.get(current.attribute("id"));
      if (lane != null) {
        return lane;
      }
    }
    return null;
  }

  private static Map<String, SopLane> lanesByFlowNode(ProcessDefinitionEntity processDefinition) {
    Map<String, SopLane> laneByNode = new HashMap<>();
    for (LaneSet laneSet : processDefinition.getLaneSets()) {
      for (Lane lane : laneSet.getLanes()) {
        SopLane sopLane = new SopLane(lane.getId(), lane.getName());
        lane.getFlowNodeIds().forEach(nodeId -> laneByNode.put(nodeId.trim(), sopLane));
      }
    }
    return laneByNode;
  }

  private static List<SopLane> lanes(ProcessDefinitionEntity processDefinition) {
    return processDefinition.getLaneSets().stream()
        .flatMap(laneSet -> laneSet.getLanes().stream())
        .map(lane -> new SopLane(lane.getId(), lane.getName()))
        .toList();
  }

  private static Map<String, String> sopProperties(Element element) {
    Map<String, String> all = parseCamundaExtensionProperties(element);
    Map<String, String> sop = new LinkedHashMap<>();
    if (all != null) {
      all.forEach((name, value) -> {
        if (name != null && name.startsWith(PREFIX) && value != null && !value.isBlank()) {
          sop.put(name.substring(PREFIX.length()), value.trim());
        }
      });
    }
    return sop;
  }

  static String describe(Element element) {
    String name = element.attribute("name");
    return element.getTagName() + " '" + element.attribute("id") + "'" + (name == null ? "" : " (\"" + name + "\")");
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  /** The flow nodes of a process and its sub-processes, with their sequence flows. */
  private record FlowNodes(Map<String, Element> byId, Map<Element, Element> parent,
                           Map<String, List<String>> successors, List<Element> startEvents) {

    static FlowNodes of(Element processElement) {
      FlowNodes nodes = new FlowNodes(new LinkedHashMap<>(), new HashMap<>(), new HashMap<>(), new ArrayList<>());
      nodes.collect(processElement, null);
      return nodes;
    }

    private void collect(Element scope, Element scopeNode) {
      for (Element child : scope.elements()) {
        String tag = child.getTagName();
        if (FLOW_NODE_TAGS.contains(tag)) {
          byId.put(child.attribute("id"), child);
          if (scopeNode != null) {
            parent.put(child, scopeNode);
          }
          if (tag.equals("startEvent") && scopeNode == null) {
            startEvents.add(child);
          }
          if (tag.equals("boundaryEvent")) {
            follow(child.attribute("attachedToRef"), child.attribute("id"));
          }
          if (SCOPE_TAGS.contains(tag)) {
            collect(child, child);
          }
        } else if (tag.equals("sequenceFlow")) {
          follow(child.attribute("sourceRef"), child.attribute("targetRef"));
        }
      }
    }

    private void follow(String from, String to) {
      successors.computeIfAbsent(from, id -> new ArrayList<>()).add(to);
    }

    Element parentScope(Element node) {
      return parent.get(node);
    }

    /**
     * For each step, the other steps without which it cannot be reached from the start events
     * (its dominators among the steps). Models are small, so one search per pair is cheap.
     */
    Map<String, List<String>> mandatoryPredecessors(List<String> steps) {
      Map<String, List<String>> result = new HashMap<>();
      for (String step : steps) {
        List<String> mandatory = new ArrayList<>();
        for (String candidate : steps) {
          if (!candidate.equals(step) && !reachableAvoiding(step, candidate)) {
            mandatory.add(candidate);
          }
        }
        result.put(step, List.copyOf(mandatory));
      }
      return result;
    }

    private boolean reachableAvoiding(String target, String avoided) {
      Set<Element> seen = new LinkedHashSet<>();
      Deque<Element> queue = new ArrayDeque<>(startEvents);
      while (!queue.isEmpty()) {
        Element node = queue.poll();
        String id = node.attribute("id");
        if (id.equals(avoided) || !seen.add(node)) {
          continue;
        }
        if (id.equals(target)) {
          return true;
        }
        if (SCOPE_TAGS.contains(node.getTagName())) {
          node.elements("startEvent").forEach(queue::add);
        }
        successors.getOrDefault(id, List.of()).stream().map(byId::get).filter(next -> next != null)
            .forEach(queue::add);
      }
      return false;
    }

    /** Breadth-first from the start events; what no flow reaches follows in document order. */
    List<Element> inFlowOrder() {
      Set<Element> ordered = new LinkedHashSet<>();
      Deque<Element> queue = new ArrayDeque<>();
      queue.addAll(startEvents);
      while (!queue.isEmpty()) {
        Element node = queue.poll();
        if (!ordered.add(node)) {
          continue;
        }
        if (SCOPE_TAGS.contains(node.getTagName())) {
          node.elements("startEvent").forEach(queue::add);
        }
        successors.getOrDefault(node.attribute("id"), List.of()).stream()
            .map(byId::get).filter(next -> next != null).forEach(queue::add);
      }
      ordered.addAll(byId.values());
      return List.copyOf(ordered);
    }
  }
}

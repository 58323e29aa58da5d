package org.sopflow.model;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.LaneSet;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.sopflow.calendar.CalendarKind;
import org.sopflow.calendar.StandardTime;
import org.sopflow.model.ModelFinding.Rule;
import org.sopflow.model.SopProperty.Place;

/**
 * The one reader of an SOP's BPMN process, on Camunda's BPMN Model API: its {@code sop.*}
 * properties, its lanes (the roles), its flow nodes in the order of the flow, sub-processes
 * included. The engine reads the {@link SopDefinition} of every deployed process through it, the
 * lint checks the conventions with it, and the SOP document draws its table from it.
 */
public final class SopReader {

  private final Process process;
  private final List<Lane> lanes = new ArrayList<>();
  private final Map<String, Lane> laneOfNode = new HashMap<>();
  private final List<FlowNode> flowNodes = new ArrayList<>();
  private final Map<String, FlowNode> nodeById = new HashMap<>();
  /** Only to tell which of two ways on is longer when one counts days and the other hours. */
  private static final long NOMINAL_DAY_SECONDS = 8 * 3600;
  private final Map<String, List<String>> successors = new HashMap<>();
  private final Map<String, Integer> incomingFlows = new HashMap<>();
  private final Map<String, List<SequenceFlow>> outgoingFlows = new HashMap<>();
  /** Per sub-process id, the ids of its own start events; the process's own under the process id. */
  private final Map<String, List<String>> startsOfScope = new HashMap<>();

  private SopReader(Process process) {
    this.process = process;
    process.getLaneSets().forEach(this::collectLanes);
    collectFlow(process.getId(), process.getFlowElements());
  }

  public static SopReader of(Process process) {
    return new SopReader(process);
  }

  /** A reader per executable process of the model. */
  public static List<SopReader> of(BpmnModelInstance model) {
    return model.getModelElementsByType(Process.class).stream().filter(Process::isExecutable)
        .map(SopReader::new).toList();
  }

  /** Parses a BPMN file; Camunda's parser refuses DOCTYPEs and anything that is not BPMN 2.0. */
  public static BpmnModelInstance parse(byte[] xml) {
    return Bpmn.readModelFromStream(new ByteArrayInputStream(xml));
  }

  public Process process() {
    return process;
  }

  /** The {@code sop.*} properties of the process: the SOP's identity. */
  public Map<String, String> identity() {
    return properties(process);
  }

  /** The {@code sop.*} extension properties of an element, keyed without the prefix; blank values left out. */
  public static Map<String, String> properties(BaseElement element) {
    Map<String, String> properties = new LinkedHashMap<>();
    ExtensionElements extensions = element.getExtensionElements();
    if (extensions == null) {
      return properties;
    }
    for (CamundaProperties group : extensions.getElementsQuery().filterByType(CamundaProperties.class).list()) {
      for (CamundaProperty property : group.getCamundaProperties()) {
        String name = property.getCamundaName();
        String value = property.getCamundaValue();
        if (name != null && name.startsWith(SopProperty.PREFIX) && value != null && !value.isBlank()) {
          properties.put(name.substring(SopProperty.PREFIX.length()), value.trim());
        }
      }
    }
    return properties;
  }

  /** The lanes holding flow nodes (the innermost ones, where lanes are nested), in document order. */
  public List<Lane> lanes() {
    return List.copyOf(lanes);
  }

  /** The lane of a flow node; a node inside a sub-process that no lane names lies in the sub-process's lane. */
  public Optional<Lane> laneOf(FlowNode node) {
    for (FlowNode current = node; current != null; current = scopeOf(current)) {
      Lane lane = laneOfNode.get(current.getId());
      if (lane != null) {
        return Optional.of(lane);
      }
    }
    return Optional.empty();
  }

  /**
   * The sequence flows that leave the node (by their sourceRef: a file need not list them on the
   * node), in document order.
   */
  public List<SequenceFlow> outgoingFlows(FlowNode node) {
    return List.copyOf(outgoingFlows.getOrDefault(node.getId(), List.of()));
  }

  /** How many sequence flows enter the node (by their targetRef, whether or not the node lists them). */
  public int incomingFlows(FlowNode node) {
    return incomingFlows.getOrDefault(node.getId(), 0);
  }

  /** Every flow node of the process and its sub-processes, in document order. */
  public List<FlowNode> flowNodes() {
    return List.copyOf(flowNodes);
  }

  /** The nodes a flow leaves this node for (sequence flows and attached boundary events). */
  public List<FlowNode> successors(FlowNode node) {
    return successors.getOrDefault(node.getId(), List.of()).stream().map(nodeById::get).toList();
  }

  /** The start events of the process itself, not of its sub-processes. */
  public List<FlowNode> startEvents() {
    return startsOfScope.getOrDefault(process.getId(), List.of()).stream().map(nodeById::get).toList();
  }

  /**
   * The order an officer writes the procedure in: every node after the nodes that lead to it
   * (rework loops aside), a decision's shorter branch right after it and the main path after that,
   * a sub-process's own nodes right after it; what no flow reaches follows in document order.
   * (A reverse postorder of a depth-first walk that takes the longest way on first.)
   */
  public List<FlowNode> inFlowOrder() {
    Deque<String> order = new ArrayDeque<>();
    Set<String> visited = new HashSet<>();
    Map<String, Integer> remaining = new HashMap<>();
    reversed(startsOfScope.getOrDefault(process.getId(), List.of()))
        .forEach(start -> visit(start, visited, remaining, order));
    Set<String> ordered = new LinkedHashSet<>(order);
    flowNodes.forEach(node -> ordered.add(node.getId()));
    return ordered.stream().map(nodeById::get).toList();
  }

  private void visit(String node, Set<String> visited, Map<String, Integer> remaining, Deque<String> order) {
    if (!visited.add(node)) {
      return;
    }
    List<String> next = new ArrayList<>(successors.getOrDefault(node, List.of()));
    // the longest way on is visited first, so it comes last: a short branch stays by its decision
    next.sort(Comparator.comparingInt((String n) -> -remaining.computeIfAbsent(n,
        key -> stepsToEnd(key, new HashSet<>(), new int[] {STEPS_BUDGET}))));
    next.forEach(successor -> visit(successor, visited, remaining, order));
    reversed(startsOfScope.getOrDefault(node, List.of())).forEach(start -> visit(start, visited, remaining, order));
    order.addFirst(node);
  }

  private static final int STEPS_BUDGET = 50_000;

  /**
   * The most nodes on a way from {@code node} to an end that passes no node twice; 0 when every
   * way goes round a loop. A rework loop thus never makes its own branch look long. The search is
   * bounded, as models are small; past the bound it answers what it found.
   */
  private int stepsToEnd(String node, Set<String> onWay, int[] budget) {
    List<String> next = new ArrayList<>(successors.getOrDefault(node, List.of()));
    next.addAll(startsOfScope.getOrDefault(node, List.of()));
    if (next.isEmpty()) {
      return 1;
    }
    onWay.add(node);
    int most = 0;
    for (String successor : next) {
      if (!onWay.contains(successor) && budget[0]-- > 0) {
        most = Math.max(most, stepsToEnd(successor, onWay, budget));
      }
    }
    onWay.remove(node);
    return most == 0 ? 0 : most + 1;
  }

  private static List<String> reversed(List<String> list) {
    List<String> copy = new ArrayList<>(list);
    Collections.reverse(copy);
    return copy;
  }

  /**
   * The SOP as the engine keeps it, and what is wrong with its {@code sop.*} properties (each
   * finding naming element, property and value; those that refuse the model make it unusable).
   */
  public Result read() {
    List<ModelFinding> findings = new ArrayList<>();
    Map<String, String> identity = identity();
    check(process, Place.PROCESS, identity, findings);
    CalendarKind calendar = calendarOr(SopProperty.KALENDER.in(identity), CalendarKind.HARI_KERJA);
    List<SopStep> steps = new ArrayList<>();
    for (FlowNode node : inFlowOrder()) {
      if (node instanceof Activity || isApplicantWait(node)) {
        steps.add(step(node, calendar, findings));
      } else if (node instanceof EndEvent) {
        check(node, Place.END, properties(node), findings);
      }
    }
    List<String> startRoles = startEvents().stream().map(this::laneOf).flatMap(Optional::stream)
        .map(Lane::getId).distinct().toList();
    List<SopLane> sopLanes = lanes.stream().map(lane -> new SopLane(lane.getId(), lane.getName())).toList();
    Map<String, String> endStatus = new HashMap<>();
    flowNodes.stream().filter(EndEvent.class::isInstance).forEach(end -> endStatus.put(end.getId(), endStatus(end)));
    SopDefinition sop = new SopDefinition(process.getId(), process.getName(), identity, calendar,
        time(SopProperty.WAKTU_LAYANAN.in(identity)), sopLanes, steps, startRoles,
        mandatoryPredecessors(steps.stream().map(SopStep::activityId).toList()), endStatus, timeAfterDates(steps));
    return new Result(sop, findings);
  }

  /**
   * Per date variable, the standard time of the longest way on from a step due on that day itself
   * ({@code sop.tenggat-dari} without a lead time): what the office still has to do after the event.
   */
  private Map<String, StandardTime> timeAfterDates(List<SopStep> steps) {
    Map<String, StandardTime> after = new HashMap<>();
    for (SopStep onTheDay : steps) {
      if (onTheDay.tenggatDari() == null || onTheDay.waktu() != null || onTheDay.menungguPemohon()) {
        continue;
      }
      List<StandardTime> times = LongestPath.after(this, nodeById.get(onTheDay.activityId()),
          activity -> countedTime(steps, activity.getId()).map(time -> time.seconds(NOMINAL_DAY_SECONDS)).orElse(0L))
          .ids().stream().map(id -> countedTime(steps, id)).flatMap(Optional::stream).toList();
      StandardTime total = StandardTime.sum(times);
      if (total == null) {
        continue;
      }
      after.merge(onTheDay.tenggatDari(), total, (one, other) ->
          one.seconds(NOMINAL_DAY_SECONDS) >= other.seconds(NOMINAL_DAY_SECONDS) ? one : other);
    }
    return after;
  }

  /** A step's own standard time as a path counts it: none while waiting for the applicant or due by a date. */
  private static Optional<StandardTime> countedTime(List<SopStep> steps, String activityId) {
    return steps.stream().filter(step -> step.activityId().equals(activityId))
        .filter(step -> !step.menungguPemohon() && step.tenggatDari() == null)
        .map(SopStep::waktu).filter(java.util.Objects::nonNull).findFirst();
  }

  /** What {@link #read()} found: the SOP, and every finding about its properties. */
  public record Result(SopDefinition sop, List<ModelFinding> findings) {
    public Result {
      findings = List.copyOf(findings);
    }

    /** The findings that make the SOP unusable, as the engine's refusal names them; none when it is usable. */
    public List<String> problems() {
      return findings.stream().filter(ModelFinding::refusesModel).map(ModelFinding::describe).toList();
    }
  }

  /** How the reader names an element in a message: {@code userTask 'periksa' ("Langkah periksa")}. */
  public static String describe(BaseElement element) {
    String name = element.getAttributeValue("name");
    return element.getElementType().getTypeName() + " '" + element.getId() + "'"
        + (name == null ? "" : " (\"" + name + "\")");
  }

  /** An intermediate catch event marked {@code sop.menunggu-pemohon}: a step of the SOP too. */
  public static boolean isApplicantWait(FlowNode node) {
    return node instanceof IntermediateCatchEvent
        && properties(node).containsKey(SopProperty.MENUNGGU_PEMOHON.shortName());
  }

  private SopStep step(FlowNode node, CalendarKind sopCalendar, List<ModelFinding> findings) {
    Map<String, String> written = properties(node);
    check(node, Place.STEP, written, findings);
    boolean waiting = flag(SopProperty.MENUNGGU_PEMOHON.in(written));
    checkStandard(node, written, waiting, findings);
    return new SopStep(
        node.getId(),
        node.getName(),
        node.getElementType().getTypeName(),
        laneOf(node).map(Lane::getId).orElse(null),
        time(SopProperty.WAKTU.in(written)),
        SopProperty.SUMBER_WAKTU.in(written),
        SopProperty.KELENGKAPAN.in(written),
        SopProperty.OUTPUT.in(written),
        SopProperty.KETERANGAN.in(written),
        time(SopProperty.PERPANJANGAN_LAYANAN.in(written)),
        time(SopProperty.WAKTU_LAYANAN_JALUR.in(written)),
        calendarOr(SopProperty.KALENDER_LANGKAH.in(written), sopCalendar),
        waiting,
        dueByVariable(written));
  }

  /**
   * A step's own standard time: none while the office waits for the applicant (one written is not
   * used), and every user task needs one unless it is due by a date of the request.
   */
  private static void checkStandard(FlowNode node, Map<String, String> written, boolean waiting,
                                    List<ModelFinding> findings) {
    boolean byDate = SopProperty.TENGGAT_DARI.in(written) != null;
    String waktu = SopProperty.WAKTU.in(written);
    if (waiting && byDate) {
      findings.add(new ModelFinding(node, Rule.VALUE_UNKNOWN, "sop.menunggu-pemohon and sop.tenggat-dari contradict"
          + " each other; the applicant's time has no deadline, so remove one of them", true));
    } else if (waiting && waktu != null) {
      findings.add(new ModelFinding(node, Rule.WAITING_STEP_WITH_WAKTU, "waits for the applicant"
          + " (sop.menunggu-pemohon), whose time has no standard: sop.waktu '" + waktu + "' is not used; remove it",
          false));
    }
    if (node instanceof UserTask && waktu == null && !waiting && !byDate) {
      findings.add(new ModelFinding(node, Rule.STEP_WITHOUT_WAKTU, "has no sop.waktu; give the step its standard"
          + " time, e.g. '2 jam' or '1 hari kerja'", false));
    }
    if (node instanceof UserTask && SopProperty.OUTPUT.in(written) == null) {
      findings.add(new ModelFinding(node, Rule.STEP_WITHOUT_OUTPUT, "has no sop.output; say what the step delivers",
          false));
    }
  }

  /**
   * The properties written on an element at a place: names the engine does not read, values it
   * cannot read, and (on the process) the identity the SOP document needs.
   */
  private static void check(BaseElement element, Place place, Map<String, String> written,
                            List<ModelFinding> findings) {
    if (place == Place.PROCESS) {
      List<String> missing = SopProperty.allAt(place).stream().filter(SopProperty::required)
          .filter(property -> property.in(written) == null).map(SopProperty::fullName).toList();
      if (!missing.isEmpty()) {
        findings.add(new ModelFinding(element, Rule.IDENTITY_MISSING, "the SOP identity lacks "
            + String.join(", ", missing), false));
      }
    }
    written.forEach((name, value) -> SopProperty.at(place, name).ifPresentOrElse(
        property -> property.problem(value).ifPresent(problem -> findings.add(new ModelFinding(element,
            property.value() == SopProperty.Value.TIME ? Rule.DURATION_UNREADABLE : Rule.VALUE_UNKNOWN, problem,
            property.value() != SopProperty.Value.JENIS))),
        () -> findings.add(new ModelFinding(element, Rule.PROPERTY_UNKNOWN, "property 'sop." + name
            + "' is not read by the engine; known: " + String.join(", ", SopProperty.allAt(place).stream()
            .map(SopProperty::fullName).distinct().sorted().toList()), false))));
  }

  /** The date variable a step is due by, or null when it names none (or no readable one: a finding). */
  private static String dueByVariable(Map<String, String> written) {
    String variable = SopProperty.TENGGAT_DARI.in(written);
    return variable != null && SopProperty.TENGGAT_DARI.problem(variable).isEmpty() ? variable : null;
  }

  private static CalendarKind calendarOr(String written, CalendarKind otherwise) {
    return written == null ? otherwise : CalendarKind.fromValue(written).orElse(otherwise);
  }

  /** How the request ended at an end event; {@code selesai} when it names no outcome, or none it knows. */
  private static String endStatus(FlowNode end) {
    String status = SopProperty.STATUS.in(properties(end));
    List<String> outcomes = SopProperty.STATUS.value().choiceValues();
    return status != null && outcomes.contains(status) ? status : outcomes.get(0);
  }

  private static boolean flag(String written) {
    return "true".equalsIgnoreCase(written);
  }

  private static StandardTime time(String written) {
    try {
      return written == null ? null : StandardTime.parse(written);
    } catch (IllegalArgumentException e) {
      return null; // a finding of check()
    }
  }

  /**
   * For each step, the other steps without which it cannot be reached from the start events
   * (its dominators among the steps). Models are small, so one search per pair is cheap.
   */
  private Map<String, List<String>> mandatoryPredecessors(List<String> steps) {
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
    Set<String> seen = new HashSet<>();
    Deque<String> queue = new ArrayDeque<>(startsOfScope.getOrDefault(process.getId(), List.of()));
    while (!queue.isEmpty()) {
      String node = queue.poll();
      if (node.equals(avoided) || !seen.add(node)) {
        continue;
      }
      if (node.equals(target)) {
        return true;
      }
      queue.addAll(startsOfScope.getOrDefault(node, List.of()));
      queue.addAll(successors.getOrDefault(node, List.of()));
    }
    return false;
  }

  private static FlowNode scopeOf(FlowNode node) {
    return node.getParentElement() instanceof SubProcess subProcess ? subProcess : null;
  }

  private void collectLanes(LaneSet laneSet) {
    for (Lane lane : laneSet.getLanes()) {
      if (lane.getChildLaneSet() != null && !lane.getChildLaneSet().getLanes().isEmpty()) {
        collectLanes(lane.getChildLaneSet());
      } else {
        lanes.add(lane);
        lane.getFlowNodeRefs().forEach(node -> laneOfNode.put(node.getId(), lane));
      }
    }
  }

  /** The flow of one scope (the process or a sub-process, by id), read once into ids. */
  private void collectFlow(String scope, Collection<FlowElement> elements) {
    for (FlowElement element : elements) {
      if (element instanceof FlowNode node) {
        flowNodes.add(node);
        nodeById.put(node.getId(), node);
        if (node instanceof StartEvent) {
          startsOfScope.computeIfAbsent(scope, id -> new ArrayList<>()).add(node.getId());
        }
        if (node instanceof BoundaryEvent boundary && boundary.getAttachedTo() != null) {
          follow(boundary.getAttachedTo(), boundary);
        }
        if (node instanceof SubProcess subProcess) {
          collectFlow(subProcess.getId(), subProcess.getFlowElements());
        }
      } else if (element instanceof SequenceFlow flow && flow.getSource() != null && flow.getTarget() != null) {
        follow(flow.getSource(), flow.getTarget());
        incomingFlows.merge(flow.getTarget().getId(), 1, Integer::sum);
        outgoingFlows.computeIfAbsent(flow.getSource().getId(), id -> new ArrayList<>()).add(flow);
      }
    }
  }

  private void follow(FlowNode from, FlowNode to) {
    successors.computeIfAbsent(from.getId(), id -> new ArrayList<>()).add(to.getId());
  }
}

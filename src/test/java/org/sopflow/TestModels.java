package org.sopflow;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Small SOP models as BPMN text, the way a modeller's file looks: a start event, user tasks in
 * sequence and an end event, each task in the lane given for it. Every task has a standard time
 * ({@code sop.waktu} 1 hari kerja unless set), since the lint refuses a step without one.
 */
public final class TestModels {

  private final String key;
  private final Map<String, String> laneOfTask = new LinkedHashMap<>();
  private final Map<String, String> taskAttributes = new LinkedHashMap<>();
  private final Map<String, String> laneNames = new LinkedHashMap<>();
  private String processProperties = "";
  private final java.util.Set<String> withoutWaktu = new java.util.HashSet<>();
  private final Map<String, String> taskProperties = new LinkedHashMap<>();
  private final java.util.Set<String> applicantMessages = new java.util.HashSet<>();

  private TestModels(String key) {
    this.key = key;
  }

  public static TestModels sop(String key) {
    return new TestModels(key);
  }

  public TestModels lane(String laneId, String laneName) {
    laneNames.put(laneId, laneName);
    return this;
  }

  /** A user task in a lane; null lane for a task in no lane. */
  public TestModels task(String taskId, String laneId) {
    laneOfTask.put(taskId, laneId);
    return this;
  }

  public TestModels taskAttributes(String taskId, String attributes) {
    taskAttributes.put(taskId, attributes);
    return this;
  }

  public TestModels taskProperty(String taskId, String name, String value) {
    taskProperties.merge(taskId, property(name, value), String::concat);
    return this;
  }

  public TestModels processProperty(String name, String value) {
    processProperties += property(name, value);
    return this;
  }

  /**
   * An intermediate message event in a lane where the office waits for the applicant
   * ({@code sop.menunggu-pemohon}); the message is named after the event id.
   */
  public TestModels applicantMessage(String eventId, String laneId) {
    laneOfTask.put(eventId, laneId);
    applicantMessages.add(eventId);
    return this;
  }

  /** Leaves a task without {@code sop.waktu}, which the lint refuses. */
  public TestModels withoutWaktu(String taskId) {
    taskProperties.merge(taskId, "", String::concat);
    withoutWaktu.add(taskId);
    return this;
  }

  public String xml() {
    String firstLane = laneNames.keySet().stream().findFirst().orElse(null);
    StringBuilder flow = new StringBuilder("<bpmn:startEvent id=\"start\" />\n");
    String previous = "start";
    for (String task : laneOfTask.keySet()) {
      if (applicantMessages.contains(task)) {
        flow.append("<bpmn:intermediateCatchEvent id=\"").append(task).append("\">")
            .append(extensions(property("sop.menunggu-pemohon", "true")))
            .append("<bpmn:messageEventDefinition messageRef=\"msg-").append(task).append("\" /></bpmn:intermediateCatchEvent>\n")
            .append(sequenceFlow(previous, task));
        previous = task;
        continue;
      }
      flow.append("<bpmn:userTask id=\"").append(task).append("\" name=\"Langkah ").append(task).append("\" ")
          .append(taskAttributes.getOrDefault(task, "")).append(">")
          .append(extensions(withDefaultWaktu(task))).append("</bpmn:userTask>\n");
      flow.append(sequenceFlow(previous, task));
      previous = task;
    }
    flow.append("<bpmn:endEvent id=\"end\" />\n").append(sequenceFlow(previous, "end"));
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs-%1$s" targetNamespace="https://sopflow.org/test">
          <bpmn:collaboration id="collab-%1$s"><bpmn:participant id="p-%1$s" processRef="%1$s" /></bpmn:collaboration>
          %5$s
          <bpmn:process id="%1$s" name="SOP uji %1$s" isExecutable="true" camunda:historyTimeToLive="30">
            %2$s
            <bpmn:laneSet id="lanes-%1$s">%3$s</bpmn:laneSet>
            %4$s
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(key, extensions(processProperties.isEmpty() ? null : processProperties),
        lanes(firstLane), flow, applicantMessages.stream()
            .map(id -> "<bpmn:message id=\"msg-" + id + "\" name=\"" + id + "\" />").collect(Collectors.joining()));
  }

  private String withDefaultWaktu(String task) {
    String properties = taskProperties.getOrDefault(task, "");
    if (!withoutWaktu.contains(task) && !properties.contains("name=\"sop.waktu\"")) {
      properties += property("sop.waktu", "1 hari kerja");
    }
    return properties.isEmpty() ? null : properties;
  }

  private String lanes(String firstLane) {
    return laneNames.entrySet().stream().map(lane -> {
      String refs = laneOfTask.entrySet().stream().filter(e -> lane.getKey().equals(e.getValue()))
          .map(e -> "<bpmn:flowNodeRef>" + e.getKey() + "</bpmn:flowNodeRef>").collect(Collectors.joining());
      if (lane.getKey().equals(firstLane)) {
        refs += "<bpmn:flowNodeRef>start</bpmn:flowNodeRef><bpmn:flowNodeRef>end</bpmn:flowNodeRef>";
      }
      return "<bpmn:lane id=\"" + lane.getKey() + "\" name=\"" + lane.getValue() + "\">" + refs + "</bpmn:lane>";
    }).collect(Collectors.joining("\n"));
  }

  private static String sequenceFlow(String from, String to) {
    return "<bpmn:sequenceFlow id=\"f-" + from + "-" + to + "\" sourceRef=\"" + from + "\" targetRef=\"" + to + "\" />\n";
  }

  private static String extensions(String properties) {
    return properties == null ? ""
        : "<bpmn:extensionElements><camunda:properties>" + properties + "</camunda:properties></bpmn:extensionElements>";
  }

  private static String property(String name, String value) {
    return "<camunda:property name=\"" + name + "\" value=\"" + value + "\" />";
  }
}

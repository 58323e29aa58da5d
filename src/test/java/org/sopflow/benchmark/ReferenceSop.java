package org.sopflow.benchmark;

/**
 * The benchmark's reference SOP: five user tasks over three lanes, each with a standard time, in
 * the four forms the benchmark compares.
 */
final class ReferenceSop {

  static final String KEY = "sop-acuan";
  static final String[][] TASKS = {
      {"terima", "ppid-petugas"}, {"periksa", "ppid"}, {"telusuri", "ppid-pembantu"},
      {"putuskan", "ppid"}, {"serahkan", "ppid-petugas"}};

  private ReferenceSop() {
  }

  /** (a) the SOP way: lanes and sop.waktu; the SOP layer does the rest. */
  static String sopModel() {
    return model(task -> "<bpmn:extensionElements><camunda:properties>"
        + "<camunda:property name=\"sop.waktu\" value=\"2 jam\" /></camunda:properties></bpmn:extensionElements>", null);
  }

  /** (b) the bare model: the same flow, nothing on the tasks. */
  static String bareModel() {
    return model(task -> "", null);
  }

  /**
   * (d) the bare model with each task offered to its lane's role ({@code candidateGroups}) and
   * nothing else: what any role-based Camunda model pays, SOP layer or not.
   */
  static String rolesOnlyModel() {
    return model(task -> "", "");
  }

  /**
   * (c) what a Camunda expert writes by hand for the same behaviour: candidate groups and a due
   * date on every task, and a timeout task listener (a timer job per task) to catch the deadline.
   */
  static String handWrittenModel() {
    return model(task -> "<bpmn:extensionElements><camunda:taskListener event=\"timeout\" id=\"tenggat-" + task[0]
        + "\" expression=\"${task.setPriority(100)}\"><bpmn:timerEventDefinition><bpmn:timeDuration>PT2H"
        + "</bpmn:timeDuration></bpmn:timerEventDefinition></camunda:taskListener></bpmn:extensionElements>",
        "camunda:dueDate=\"${dateTime().plusHours(2).toDate()}\"");
  }

  /** {@code taskAttributes} null: no candidate groups; otherwise candidate groups and these attributes. */
  private static String model(java.util.function.Function<String[], String> extensions, String taskAttributes) {
    StringBuilder flow = new StringBuilder("<bpmn:startEvent id=\"mulai\" />");
    String previous = "mulai";
    for (String[] task : TASKS) {
      String attributes = taskAttributes == null ? "" : " camunda:candidateGroups=\"" + task[1] + "\" " + taskAttributes;
      flow.append("<bpmn:userTask id=\"").append(task[0]).append("\" name=\"").append(task[0]).append('"')
          .append(attributes).append('>').append(extensions.apply(task)).append("</bpmn:userTask>")
          .append(flowFrom(previous, task[0]));
      previous = task[0];
    }
    flow.append("<bpmn:endEvent id=\"selesai\" />").append(flowFrom(previous, "selesai"));
    StringBuilder lanes = new StringBuilder();
    for (String lane : new String[] {"ppid-petugas", "ppid", "ppid-pembantu"}) {
      lanes.append("<bpmn:lane id=\"").append(lane).append("\" name=\"").append(lane).append("\">");
      for (String[] task : TASKS) {
        if (task[1].equals(lane)) {
          lanes.append("<bpmn:flowNodeRef>").append(task[0]).append("</bpmn:flowNodeRef>");
        }
      }
      if (lane.equals("ppid-petugas")) {
        lanes.append("<bpmn:flowNodeRef>mulai</bpmn:flowNodeRef><bpmn:flowNodeRef>selesai</bpmn:flowNodeRef>");
      }
      lanes.append("</bpmn:lane>");
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><bpmn:definitions"
        + " xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\""
        + " id=\"acuan\" targetNamespace=\"https://sopflow.org/benchmark\"><bpmn:process id=\"" + KEY
        + "\" name=\"SOP acuan\" isExecutable=\"true\" camunda:historyTimeToLive=\"30\"><bpmn:laneSet id=\"lajur\">"
        + lanes + "</bpmn:laneSet>" + flow + "</bpmn:process></bpmn:definitions>";
  }

  private static String flowFrom(String from, String to) {
    return "<bpmn:sequenceFlow id=\"alur-" + from + "-" + to + "\" sourceRef=\"" + from + "\" targetRef=\"" + to + "\" />";
  }
}

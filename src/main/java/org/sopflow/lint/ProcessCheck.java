package org.sopflow.lint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFormData;
import org.sopflow.calendar.CalendarKind;
import org.sopflow.calendar.StandardTime;
import org.sopflow.model.RoleCatalogue;
import org.sopflow.model.SopReader;
import org.sopflow.model.SopVocabulary;

/** The lint rules of one executable process: identity, lanes and roles, steps, forms, service time. */
class ProcessCheck {

  private final String file;
  private final SopReader reader;
  private final Process process;
  private final RoleCatalogue roles;
  private final Function<String, Optional<byte[]>> forms;
  private final Map<String, String> identity;
  private final List<Lane> lanes;
  private final List<Finding> findings = new ArrayList<>();
  private final long daySeconds;

  ProcessCheck(String file, SopReader reader, RoleCatalogue roles, long workingDaySeconds,
               Function<String, Optional<byte[]>> forms) {
    this.file = file;
    this.reader = reader;
    this.process = reader.process();
    this.roles = roles;
    this.forms = forms;
    this.identity = reader.identity();
    this.lanes = reader.lanes();
    boolean roundTheClock = CalendarKind.ROUND_THE_CLOCK.value().equals(identity.get("kalender"));
    this.daySeconds = roundTheClock ? 86_400 : workingDaySeconds;
  }

  List<Finding> run() {
    checkIdentity();
    checkLanes();
    for (FlowNode element : reader.flowNodes()) {
      if (element instanceof Activity || SopReader.isApplicantWait(element)) {
        checkStepProperties(element);
      }
      if (element instanceof UserTask task) {
        checkUserTask(task);
      }
      if (element instanceof EndEvent end) {
        checkEndEvent(end);
      }
      if (!(element instanceof Gateway) && reader.incomingFlows(element) > 1) {
        add(LintRule.IMPLICIT_JOIN, element, reader.incomingFlows(element) + " flows enter it without a gateway"
            + " (bpmnlint's fake-join); let them meet in an exclusive gateway before it");
      }
    }
    checkServiceTime();
    return findings;
  }

  private void checkIdentity() {
    List<String> missing = SopVocabulary.REQUIRED_IDENTITY.stream().filter(name -> !identity.containsKey(name)).map(name -> "sop." + name).toList();
    if (!missing.isEmpty()) {
      add(LintRule.IDENTITY_MISSING, process, "the SOP identity lacks " + String.join(", ", missing));
    }
    unknownProperties(process, identity, SopVocabulary.PROCESS);
    readTime(process, "waktu-layanan", identity.get("waktu-layanan"));
    String jenis = identity.get("jenis");
    if (jenis != null && !SopVocabulary.JENIS.contains(jenis)) {
      add(LintRule.VALUE_UNKNOWN, process, "sop.jenis '" + jenis + "' is not a kind of SOP; use " + String.join(" or ", SopVocabulary.JENIS));
    }
    checkCalendar(process, identity.get("kalender"));
  }

  private void checkCalendar(BaseElement element, String kalender) {
    if (kalender != null && CalendarKind.fromValue(kalender).isEmpty()) {
      add(LintRule.VALUE_UNKNOWN, element, "sop.kalender '" + kalender + "' is not a calendar; use '"
          + CalendarKind.HARI_KERJA.value() + "' or '" + CalendarKind.ROUND_THE_CLOCK.value() + "'");
    }
  }

  private void checkLanes() {
    for (Lane lane : lanes) {
      if (!roles.contains(lane.getId())) {
        add(LintRule.LANE_ROLE_UNKNOWN, lane, "no role in the role catalogue " + RoleCatalogue.FILE_NAME
            + " has this id; known roles: " + String.join(", ", roles.ids()));
      }
    }
    if ("teknis".equals(identity.get("jenis")) && lanes.size() > 1) {
      add(LintRule.TEKNIS_SEVERAL_LANES, process, "an SOP teknis has one executor, but this one has " + lanes.size()
          + " lanes (" + String.join(", ", lanes.stream().map(Lane::getId).toList())
          + "); make it administratif or keep one lane");
    }
  }

  private void checkStepProperties(FlowNode step) {
    Map<String, String> properties = SopReader.properties(step);
    unknownProperties(step, properties, SopVocabulary.STEP);
    readTime(step, "waktu", properties.get("waktu"));
    readTime(step, "perpanjangan-layanan", properties.get("perpanjangan-layanan"));
    readTime(step, "waktu-layanan", properties.get("waktu-layanan"));
    checkCalendar(step, properties.get("kalender"));
    String waiting = properties.get(SopVocabulary.WAITING);
    if (waiting != null && !waiting.equalsIgnoreCase("true") && !waiting.equalsIgnoreCase("false")) {
      add(LintRule.VALUE_UNKNOWN, step, "sop.menunggu-pemohon '" + waiting + "' is neither 'true' nor 'false'");
    }
    String tenggatDari = properties.get("tenggat-dari");
    if (tenggatDari != null && !tenggatDari.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      add(LintRule.VALUE_UNKNOWN, step, "sop.tenggat-dari '" + tenggatDari + "' is not a process variable name;"
          + " name the date variable of the request, e.g. 'tanggalAcara'");
    }
    if (isWaiting(properties) && tenggatDari != null) {
      add(LintRule.VALUE_UNKNOWN, step, "sop.menunggu-pemohon and sop.tenggat-dari contradict each other;"
          + " the applicant's time has no deadline, so remove one of them");
    } else if (isWaiting(properties) && properties.containsKey("waktu")) {
      add(LintRule.WAITING_STEP_WITH_WAKTU, step, "waits for the applicant (sop.menunggu-pemohon), whose time has"
          + " no standard: sop.waktu '" + properties.get("waktu") + "' is not used; remove it");
    }
  }

  private static boolean isWaiting(Map<String, String> properties) {
    return "true".equalsIgnoreCase(properties.get(SopVocabulary.WAITING));
  }

  /** A step whose deadline is not its own sop.waktu after it begins: waiting, or due by a date of the request. */
  private static boolean withoutOwnStandard(Map<String, String> properties) {
    return isWaiting(properties) || properties.containsKey("tenggat-dari");
  }

  private void checkUserTask(UserTask task) {
    Map<String, String> properties = SopReader.properties(task);
    Lane lane = reader.laneOf(task).orElse(null);
    if (lane == null) {
      add(LintRule.TASK_OUTSIDE_LANE, task, "lies in no lane; put it in the lane of the role that performs it");
    }
    if (!properties.containsKey("waktu") && !withoutOwnStandard(properties)) {
      add(LintRule.STEP_WITHOUT_WAKTU, task, "has no sop.waktu; give the step its standard time, e.g. '2 jam' or '1 hari kerja'");
    }
    if (!properties.containsKey("output")) {
      add(LintRule.STEP_WITHOUT_OUTPUT, task, "has no sop.output; say what the step delivers");
    }
    checkForm(task);
    String groups = task.getCamundaCandidateGroups();
    if (lane != null && groups != null && !groups.isBlank() && !groups.contains("${")
        && Arrays.stream(groups.split(",")).map(String::trim).noneMatch(lane.getId()::equals)) {
      add(LintRule.CANDIDATE_GROUP_CONTRADICTS_LANE, task, "camunda:candidateGroups '" + groups
          + "' leaves out '" + lane.getId() + "', the role of its lane; move the task or remove the attribute");
    }
  }

  private void checkForm(UserTask task) {
    String formRef = task.getCamundaFormRef();
    boolean formData = task.getExtensionElements() != null
        && !task.getExtensionElements().getElementsQuery().filterByType(CamundaFormData.class).list().isEmpty();
    if (formRef == null && task.getCamundaFormKey() == null && !formData) {
      add(LintRule.TASK_WITHOUT_FORM, task, "has no form; add a Camunda Form (camunda:formRef) showing the step's standard");
    } else if (formRef != null && !formRef.contains("${") && forms != null) {
      Optional<byte[]> form = forms.apply(formRef);
      if (form.isEmpty()) {
        add(LintRule.FORM_NOT_FOUND, task, "camunda:formRef '" + formRef + "' names no form in the deployment"
            + " or the processes folder; add the .form file or correct the id");
      } else {
        FormStandard.differences(form.get(), formRef, SopReader.properties(task))
            .forEach(difference -> add(LintRule.FORM_STANDARD_STALE, task, difference));
      }
    }
  }

  private void checkServiceTime() {
    StandardTime service = parseQuietly(identity.get("waktu-layanan"));
    if (service == null) {
      return;
    }
    LongestPath longest = LongestPath.of(reader, activity -> {
      Map<String, String> properties = SopReader.properties(activity);
      StandardTime waktu = withoutOwnStandard(properties) ? null : parseQuietly(properties.get("waktu"));
      return waktu == null ? 0 : waktu.seconds(daySeconds);
    });
    // a path through a step that sets the standard of its kind of request is held to that standard
    StandardTime kindStandard = longest.ids().stream()
        .map(id -> parseQuietly(SopReader.properties((BaseElement) reader.process().getModelInstance().getModelElementById(id))
            .get("waktu-layanan")))
        .filter(Objects::nonNull).reduce((first, later) -> later).orElse(null);
    StandardTime applies = kindStandard == null ? service : kindStandard;
    long limit = applies.seconds(daySeconds);
    if (longest.seconds() > limit) {
      add(LintRule.SERVICE_TIME_EXCEEDED, process, "the longest path (" + String.join(" → ", longest.names())
          + ") takes " + StandardTime.describe(longest.seconds(), daySeconds, daySeconds == 86_400) + " of standard time, more than sop.waktu-layanan '"
          + applies.text() + "'");
    }
  }

  private void checkEndEvent(EndEvent end) {
    Map<String, String> properties = SopReader.properties(end);
    unknownProperties(end, properties, List.of(SopVocabulary.END));
    String status = properties.get(SopVocabulary.END);
    if (status != null && !SopVocabulary.END_STATUS.contains(status)) {
      add(LintRule.VALUE_UNKNOWN, end, "sop.status '" + status + "' is not an outcome; use "
          + String.join(", ", SopVocabulary.END_STATUS));
    }
  }

  private void unknownProperties(BaseElement element, Map<String, String> properties, List<String> known) {
    properties.keySet().stream().filter(name -> !known.contains(name)).forEach(name ->
        add(LintRule.PROPERTY_UNKNOWN, element, "property 'sop." + name + "' is not read by the engine; known: "
            + String.join(", ", known.stream().sorted().map(k -> "sop." + k).toList())));
  }

  private void readTime(BaseElement element, String property, String value) {
    if (value == null) {
      return;
    }
    try {
      StandardTime.parse(value);
    } catch (IllegalArgumentException e) {
      add(LintRule.DURATION_UNREADABLE, element, "sop." + property + " " + e.getMessage());
    }
  }

  private void add(LintRule rule, BaseElement element, String message) {
    String name = element.getAttributeValue("name");
    findings.add(new Finding(rule, file, element.getElementType().getTypeName(), element.getId(), name, message));
  }

  private static StandardTime parseQuietly(String value) {
    try {
      return value == null ? null : StandardTime.parse(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}

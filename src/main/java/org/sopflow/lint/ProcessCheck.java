package org.sopflow.lint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFormData;
import org.sopflow.calendar.CalendarKind;
import org.sopflow.calendar.StandardTime;
import org.sopflow.model.LongestPath;
import org.sopflow.model.ModelFinding;
import org.sopflow.model.RoleCatalogue;
import org.sopflow.model.SopDefinition;
import org.sopflow.model.SopProperty;
import org.sopflow.model.SopReader;
import org.sopflow.model.SopStep;

/**
 * The lint rules of one executable process. What is wrong with its {@code sop.*} properties comes
 * from {@link SopReader}, which interprets them; this adds the structure: lanes and roles, forms,
 * joins and the longest path against the service time.
 */
class ProcessCheck {

  private final String file;
  private final SopReader reader;
  private final SopReader.Result read;
  private final Process process;
  private final RoleCatalogue roles;
  private final Function<String, Optional<byte[]>> forms;
  private final List<Lane> lanes;
  private final Map<String, List<ModelFinding>> propertyFindings;
  private final List<Finding> findings = new ArrayList<>();
  private final long daySeconds;

  ProcessCheck(String file, SopReader reader, SopReader.Result read, RoleCatalogue roles, long workingDaySeconds,
               Function<String, Optional<byte[]>> forms) {
    this.file = file;
    this.reader = reader;
    this.read = read;
    this.process = reader.process();
    this.roles = roles;
    this.forms = forms;
    this.lanes = reader.lanes();
    this.propertyFindings = read.findings().stream()
        .collect(Collectors.groupingBy(finding -> finding.element().getId(), LinkedHashMap::new, Collectors.toList()));
    this.daySeconds = read.sop().calendar() == CalendarKind.ROUND_THE_CLOCK ? 86_400 : workingDaySeconds;
  }

  List<Finding> run() {
    addPropertyFindings(process);
    checkLanes();
    for (FlowNode element : reader.flowNodes()) {
      addPropertyFindings(element);
      if (element instanceof UserTask task) {
        checkUserTask(task);
      }
      if (!(element instanceof Gateway) && reader.incomingFlows(element) > 1) {
        add(LintRule.IMPLICIT_JOIN, element, reader.incomingFlows(element) + " flows enter it without a gateway"
            + " (bpmnlint's fake-join); let them meet in an exclusive gateway before it");
      }
    }
    checkServiceTime();
    return findings;
  }

  private void addPropertyFindings(BaseElement element) {
    propertyFindings.getOrDefault(element.getId(), List.of())
        .forEach(finding -> add(LintRule.valueOf(finding.rule().name()), element, finding.message()));
  }

  private void checkLanes() {
    for (Lane lane : lanes) {
      if (!roles.contains(lane.getId())) {
        add(LintRule.LANE_ROLE_UNKNOWN, lane, "no role in the role catalogue " + RoleCatalogue.FILE_NAME
            + " has this id; known roles: " + String.join(", ", roles.ids()));
      }
    }
    if ("teknis".equals(SopProperty.JENIS.in(read.sop().identity())) && lanes.size() > 1) {
      add(LintRule.TEKNIS_SEVERAL_LANES, process, "an SOP teknis has one executor, but this one has " + lanes.size()
          + " lanes (" + String.join(", ", lanes.stream().map(Lane::getId).toList())
          + "); make it administratif or keep one lane");
    }
  }

  private void checkUserTask(UserTask task) {
    Lane lane = reader.laneOf(task).orElse(null);
    if (lane == null) {
      add(LintRule.TASK_OUTSIDE_LANE, task, "lies in no lane; put it in the lane of the role that performs it");
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
    SopDefinition sop = read.sop();
    if (sop.serviceTime() == null) {
      return;
    }
    LongestPath longest = LongestPath.of(reader, activity -> sop.step(activity.getId())
        .filter(step -> !step.menungguPemohon() && step.tenggatDari() == null && step.waktu() != null)
        .map(step -> step.waktu().seconds(daySeconds)).orElse(0L));
    // a path through a step that sets the standard of its kind of request is held to that standard
    StandardTime kindStandard = longest.ids().stream().map(sop::step).flatMap(Optional::stream)
        .map(SopStep::waktuLayanan).filter(Objects::nonNull).reduce((first, later) -> later).orElse(null);
    StandardTime applies = kindStandard == null ? sop.serviceTime() : kindStandard;
    long limit = applies.seconds(daySeconds);
    if (longest.seconds() > limit) {
      add(LintRule.SERVICE_TIME_EXCEEDED, process, "the longest path (" + String.join(" → ", longest.names())
          + ") takes " + StandardTime.describe(longest.seconds(), daySeconds, daySeconds == 86_400) + " of standard time, more than sop.waktu-layanan '"
          + applies.text() + "'");
    }
  }

  private void add(LintRule rule, BaseElement element, String message) {
    String name = element.getAttributeValue("name");
    findings.add(new Finding(rule, file, element.getElementType().getTypeName(), element.getId(), name, message));
  }
}

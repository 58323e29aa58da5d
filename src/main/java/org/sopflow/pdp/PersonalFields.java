package org.sopflow.pdp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.sopflow.model.SopDefinition;
import org.sopflow.model.SopProperty;

/**
 * The personal data of one SOP version: the variables its {@code sop.data-pribadi} names, each with
 * the label its forms give it and the roles whose steps (or start forms) show it. Read from the
 * model and its Camunda Forms when the version is deployed.
 *
 * @param rolesByVariable the roles that may see each personal variable
 * @param labels each personal variable's label on a form
 */
record PersonalFields(Map<String, Set<String>> rolesByVariable, Map<String, String> labels) {

  private static final ObjectMapper JSON = new ObjectMapper();

  static final PersonalFields NONE = new PersonalFields(Map.of(), Map.of());

  /** The variables {@code sop.data-pribadi} declares, in its order; empty when it declares none. */
  static List<String> declared(SopDefinition sop) {
    String list = sop.identity(SopProperty.DATA_PRIBADI);
    return list == null ? List.of() : Arrays.stream(list.split("[,;]")).map(String::trim).filter(s -> !s.isEmpty())
        .distinct().toList();
  }

  /**
   * Which steps show which declared variable. {@code forms} finds a form by its id; the problems
   * name each declared variable that no form of the SOP shows (a typo, or data nobody may see).
   */
  static PersonalFields read(SopDefinition sop, BpmnModelInstance model, Function<String, Optional<byte[]>> forms,
                             List<String> problems) {
    List<String> declared = declared(sop);
    if (declared.isEmpty()) {
      return NONE;
    }
    Map<String, Set<String>> roles = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String role = sop.step(task.getId()).map(step -> step.role()).orElse(null);
      if (role != null && task.getCamundaFormRef() != null) {
        show(fields(forms.apply(task.getCamundaFormRef())), declared, List.of(role), roles, labels);
      }
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      if (start.getCamundaFormRef() != null) {
        show(fields(forms.apply(start.getCamundaFormRef())), declared, sop.startRoles(), roles, labels);
      }
    }
    declared.stream().filter(variable -> !roles.containsKey(variable)).forEach(variable -> problems.add(
        "SOP '" + sop.key() + "': sop.data-pribadi names '" + variable + "', which no form of its steps shows;"
            + " correct the name or remove it"));
    return new PersonalFields(roles, labels);
  }

  private static void show(Map<String, String> fields, List<String> declared, List<String> stepRoles,
                           Map<String, Set<String>> roles, Map<String, String> labels) {
    for (String variable : declared) {
      if (fields.containsKey(variable)) {
        roles.computeIfAbsent(variable, key -> new LinkedHashSet<>()).addAll(stepRoles);
        labels.putIfAbsent(variable, fields.get(variable));
      }
    }
  }

  /** The fields of a Camunda Form (groups included): key to label. */
  static Map<String, String> fields(Optional<byte[]> form) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (form.isPresent()) {
      try {
        collect(JSON.readTree(form.get()), fields);
      } catch (IOException e) {
        // an unreadable form shows nothing; the lint reports it
      }
    }
    return fields;
  }

  private static void collect(JsonNode node, Map<String, String> fields) {
    for (JsonNode component : node.path("components")) {
      if (component.hasNonNull("key")) {
        fields.put(component.get("key").asText(), component.path("label").asText(component.get("key").asText()));
      }
      collect(component, fields);
    }
  }

  /** The rows of {@code sop_personal_field}: variable, label, role. */
  List<String[]> rows() {
    List<String[]> rows = new ArrayList<>();
    rolesByVariable.forEach((variable, roles) -> roles.forEach(role ->
        rows.add(new String[] {variable, labels.getOrDefault(variable, variable), role})));
    return rows;
  }
}

package org.sopflow.renewal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.sopflow.model.SopProperty;
import org.sopflow.model.SopReader;

/**
 * Writes an approved version's identity into its model before the engine receives it: the number,
 * dates and approver come from the approval, not from what a modeller typed, and every reader of
 * the deployed model (the SOP document, the catalogue, the register) shows them. The version tag,
 * which Cockpit shows, names the revision.
 */
final class IdentityStamp {

  private IdentityStamp() {
  }

  static String stamp(String xml, String sopKey, SopVersion version, LocalDate firstEdition) {
    BpmnModelInstance model = SopReader.parse(xml.getBytes(StandardCharsets.UTF_8));
    Process process = model.getModelElementById(sopKey);
    Map<SopProperty, String> identity = new java.util.LinkedHashMap<>();
    identity.put(SopProperty.NOMOR, version.nomor());
    identity.put(SopProperty.TANGGAL_PEMBUATAN, firstEdition.toString());
    identity.put(SopProperty.TANGGAL_REVISI, version.revision() == 0 ? null : version.effectiveDate().toString());
    identity.put(SopProperty.TANGGAL_EFEKTIF, version.effectiveDate().toString());
    identity.put(SopProperty.DISAHKAN_OLEH, version.disahkanOleh());
    CamundaProperties properties = properties(model, process);
    identity.forEach((property, value) -> set(model, properties, property.fullName(), value));
    process.setCamundaVersionTag(version.label());
    return Bpmn.convertToString(model);
  }

  private static CamundaProperties properties(BpmnModelInstance model, Process process) {
    ExtensionElements extensions = process.getExtensionElements();
    if (extensions == null) {
      extensions = model.newInstance(ExtensionElements.class);
      process.setExtensionElements(extensions);
    }
    CamundaProperties properties = extensions.getElementsQuery().filterByType(CamundaProperties.class).list()
        .stream().findFirst().orElse(null);
    if (properties == null) {
      properties = extensions.addExtensionElement(CamundaProperties.class);
    }
    return properties;
  }

  private static void set(BpmnModelInstance model, CamundaProperties properties, String name, String value) {
    properties.getCamundaProperties().removeIf(property -> name.equals(property.getCamundaName()));
    if (value != null) {
      CamundaProperty property = model.newInstance(CamundaProperty.class);
      property.setCamundaName(name);
      property.setCamundaValue(value);
      properties.getCamundaProperties().add(property);
    }
  }
}

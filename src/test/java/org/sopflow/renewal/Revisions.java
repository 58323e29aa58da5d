package org.sopflow.renewal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.sopflow.model.SopReader;

/** Revisions of the catalogue's information-request SOP, made as a modeller edits the file. */
final class Revisions {

  static final String PPID_FILE = "pip/pip-permohonan-informasi.bpmn";
  private static final Path PPID = org.sopflow.SopTestEngine.PROCESSES.resolve(PPID_FILE);

  private Revisions() {
  }

  static BpmnModelInstance ppid() throws IOException {
    return SopReader.parse(Files.readAllBytes(PPID));
  }

  /** The revision the renewal's tests submit: one waktu and one pelaksana changed. */
  static String waktuAndPelaksanaChanged() throws IOException {
    BpmnModelInstance model = ppid();
    property(model, "periksa-kelengkapan", "sop.waktu").setCamundaValue("2 hari kerja");
    moveToLane(model, "telaah-penelusuran", "ppid-pembantu");
    return saved(model);
  }

  static String saved(BpmnModelInstance model) {
    return Bpmn.convertToString(model);
  }

  static CamundaProperty property(BpmnModelInstance model, String elementId, String name) {
    return model.getModelElementsByType(CamundaProperty.class).stream()
        .filter(property -> name.equals(property.getCamundaName()))
        .filter(property -> elementId.equals(owner(property)))
        .findFirst().orElseThrow(() -> new AssertionError(elementId + " has no " + name));
  }

  /** Writes a new property beside an existing one of the same element, as a modeller adds a row. */
  static void addProperty(BpmnModelInstance model, String elementId, String besideName, String name, String value) {
    CamundaProperty beside = property(model, elementId, besideName);
    CamundaProperty added = model.newInstance(CamundaProperty.class);
    added.setCamundaName(name);
    added.setCamundaValue(value);
    beside.getParentElement().addChildElement(added);
  }

  static String owner(CamundaProperty property) {
    var element = property.getParentElement();
    while (element != null && element.getAttributeValue("id") == null) {
      element = element.getParentElement();
    }
    return element == null ? null : element.getAttributeValue("id");
  }

  static void moveToLane(BpmnModelInstance model, String taskId, String laneId) {
    UserTask task = model.getModelElementById(taskId);
    model.getModelElementsByType(Lane.class).forEach(lane -> lane.getFlowNodeRefs().remove(task));
    model.<Lane>getModelElementById(laneId).getFlowNodeRefs().add(task);
  }

}

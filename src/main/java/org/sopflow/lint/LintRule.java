package org.sopflow.lint;

import static org.sopflow.lint.Severity.ERROR;
import static org.sopflow.lint.Severity.WARNING;

/** The rules of the SOP lint, each with its severity and what it protects. */
public enum LintRule {
  UNREADABLE_MODEL(ERROR, "the file is not a readable BPMN 2.0 model"),
  LANE_ROLE_UNKNOWN(ERROR, "a lane's id is not a role of roles.yaml, so nobody would get its tasks"),
  TASK_OUTSIDE_LANE(ERROR, "a user task lies in no lane, so it has no role"),
  STEP_WITHOUT_WAKTU(ERROR, "a user task has no sop.waktu (nor sop.tenggat-dari, nor sop.menunggu-pemohon), so it has no standard deadline"),
  STEP_WITHOUT_OUTPUT(WARNING, "a user task has no sop.output, so staff do not know what to deliver"),
  DURATION_UNREADABLE(ERROR, "sop.waktu, sop.waktu-layanan or sop.perpanjangan-layanan is not a standard time"),
  VALUE_UNKNOWN(ERROR, "sop.jenis, sop.kalender, sop.menunggu-pemohon, sop.tenggat-dari, sop.layanan-publik or an end event's sop.status has a value the engine does not know"),
  IMPLICIT_JOIN(WARNING, "two or more flows enter a task or event without a joining gateway (bpmnlint's fake-join)"),
  WAITING_STEP_WITH_WAKTU(WARNING, "a step waiting for the applicant has a sop.waktu, which no deadline uses"),
  IDENTITY_MISSING(WARNING, "an identity property of the SOP document (Permenpan RB 35/2012) is missing"),
  PROPERTY_UNKNOWN(WARNING, "a sop.* property the engine does not read, probably a typing error"),
  TEKNIS_SEVERAL_LANES(ERROR, "an SOP teknis has exactly one executor, so exactly one lane"),
  TASK_WITHOUT_FORM(WARNING, "a user task has no Camunda Form, so Tasklist shows no standard to staff"),
  FORM_NOT_FOUND(ERROR, "a user task's camunda:formRef names a form that is neither deployed nor in the folder"),
  FORM_STANDARD_STALE(WARNING, "a task's form shows a standard (waktu, kelengkapan, output) other than the step's sop.* properties"),
  FORM_ID_DUPLICATE(ERROR, "two form files share one id, so a task could open the wrong form"),
  CANDIDATE_GROUP_CONTRADICTS_LANE(WARNING, "camunda:candidateGroups on a task leaves out the role of its lane"),
  SERVICE_TIME_EXCEEDED(WARNING, "the step times of the longest path add up to more than sop.waktu-layanan"),
  SP_UNREADABLE(ERROR, "a Standar Pelayanan file is not valid YAML or lacks its nama or its list of SOPs, or an entry of sop-dokumen.yaml lacks part of its identity"),
  SP_SOP_UNKNOWN(ERROR, "a Standar Pelayanan names an SOP key that no model of the folder and no entry of sop-dokumen.yaml has"),
  SP_COMPONENT_MISSING(WARNING, "a component of the Standar Pelayanan (Permenpan RB 15/2014) is missing"),
  SOP_SLOWER_THAN_SP(WARNING, "an SOP's sop.waktu-layanan is longer than the jangka waktu of a Standar Pelayanan it carries out"),
  DIAGRAM_SHAPE_MISSING(WARNING, "an element has no shape in the diagram, so Camunda Modeler does not show it");

  private final Severity severity;
  private final String description;

  LintRule(Severity severity, String description) {
    this.severity = severity;
    this.description = description;
  }

  public Severity severity() {
    return severity;
  }

  public String description() {
    return description;
  }
}

package org.sopflow.model;

import org.camunda.bpm.model.bpmn.instance.BaseElement;

/**
 * What {@link SopReader} finds wrong with the {@code sop.*} properties of one element, in the
 * modeller's words. The lint reports every finding under the rule of the same name; the engine
 * refuses a model only for those that {@code refusesModel}: values it would have to run on.
 */
public record ModelFinding(BaseElement element, Rule rule, String message, boolean refusesModel) {

  /** The kinds of finding; the lint's rules of the same names say their severity. */
  public enum Rule {
    DURATION_UNREADABLE,
    VALUE_UNKNOWN,
    PROPERTY_UNKNOWN,
    IDENTITY_MISSING,
    WAITING_STEP_WITH_WAKTU,
    STEP_WITHOUT_WAKTU,
    STEP_WITHOUT_OUTPUT
  }

  /** As the engine's refusal names it: {@code userTask 'periksa' ("Langkah periksa"): sop.waktu ...}. */
  public String describe() {
    return SopReader.describe(element) + ": " + message;
  }
}

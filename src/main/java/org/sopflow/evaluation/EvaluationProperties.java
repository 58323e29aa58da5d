package org.sopflow.evaluation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rule of the six-monthly evaluation ({@code sop.evaluation.*}): an SOP "berjalan
 * dengan baik" in an evaluation period when it ran at least once and all of these hold. The rule is printed on the evaluation document.
 *
 * @param minStepOnTimeRate least share of the steps completed in the period within their standard time
 * @param minServiceOnTimeRate least share of the services (instances) completed within {@code sop.waktu-layanan}
 * @param maxStepsOverStandard most steps whose p90 working time exceeds their standard time
 * @param maxProcedureEvents most maladministration events other than delays (penyimpangan prosedur,
 *     tidak memberikan pelayanan)
 */
@ConfigurationProperties("sop.evaluation")
record EvaluationProperties(@DefaultValue("0.9") double minStepOnTimeRate,
                                   @DefaultValue("0.9") double minServiceOnTimeRate,
                                   @DefaultValue("0") int maxStepsOverStandard,
                                   @DefaultValue("0") int maxProcedureEvents) {

  public EvaluationProperties {
    if (minStepOnTimeRate < 0 || minStepOnTimeRate > 1 || minServiceOnTimeRate < 0 || minServiceOnTimeRate > 1) {
      throw new IllegalArgumentException("sop.evaluation.min-step-on-time-rate and min-service-on-time-rate"
          + " are shares between 0 and 1, e.g. 0.9");
    }
    if (maxStepsOverStandard < 0 || maxProcedureEvents < 0) {
      throw new IllegalArgumentException("sop.evaluation.max-steps-over-standard and max-procedure-events"
          + " cannot be negative");
    }
  }
}

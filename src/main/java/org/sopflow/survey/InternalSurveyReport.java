package org.sopflow.survey;

import java.time.Instant;
import java.util.List;

/**
 * The internal survey of a period: per internal service the answers and the percentage satisfied
 * ({@code persenPuas}, two decimals; {@code persen} as the office publishes it, a whole percent).
 * Not an IKM and never pooled into the office's IKM.
 */
public record InternalSurveyReport(Instant from, Instant to, List<InternalSurvey.Result> services) {
}

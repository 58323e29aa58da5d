package org.sopflow.deadline;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How an overdue task climbs the supervisor chain ({@code sop.escalation.*}).
 *
 * @param interval after the first escalation (when a step becomes overdue), the task climbs one
 *     more supervisor level each time this standard time passes again, up to the top role;
 *     a standard time such as {@code 1 hari kerja}
 */
@ConfigurationProperties("sop.escalation")
record EscalationProperties(@DefaultValue("1 hari kerja") String interval) {
}

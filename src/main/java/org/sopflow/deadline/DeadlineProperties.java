package org.sopflow.deadline;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How passed deadlines are found ({@code sop.deadlines.*}).
 *
 * @param detectionInterval how often each engine node looks for passed deadlines; a deadline is
 *     recorded at most this long (plus the time of one sweep) after it passed
 * @param batchSize the most deadlines one sweep records, so one transaction stays short
 */
@ConfigurationProperties("sop.deadlines")
record DeadlineProperties(@DefaultValue("PT5S") Duration detectionInterval,
                                 @DefaultValue("200") int batchSize) {
}

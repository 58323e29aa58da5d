package org.sopflow.renewal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The renewal of SOPs ({@code sop.renewal.*}).
 *
 * @param inForceCron how often approved versions whose effective date has come are put into force, on the
 *     office's calendar zone; each minute by default, so that a version is in force within a minute of 00:00 of
 *     its day, also after a node was down at midnight;
 *     {@code -} turns it off
 */
@ConfigurationProperties("sop.renewal")
public record RenewalProperties(@DefaultValue("0 * * * * *") String inForceCron) {
}

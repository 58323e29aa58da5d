package org.sopflow.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the HTTP APIs ({@code sop.http.*}).
 *
 * @param maxRequestSize the largest request body accepted (deployments included); larger is refused with 413
 */
@ConfigurationProperties("sop.http")
record HttpProperties(@DefaultValue("2MB") DataSize maxRequestSize) {
}

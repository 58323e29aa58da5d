package org.sopflow.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the HTTP APIs ({@code sop.http.*}).
 *
 * @param maxRequestSize the largest request body accepted (deployments included); larger is refused with 413
 * @param allowedOrigins origins besides the server's own whose pages may write to {@code /engine-rest} and
 *     {@code /api} (for example {@code https://portal.probolinggokota.go.id}); other cross-site writes get 403
 */
@ConfigurationProperties("sop.http")
record HttpProperties(@DefaultValue("2MB") DataSize maxRequestSize, @DefaultValue List<String> allowedOrigins) {
}

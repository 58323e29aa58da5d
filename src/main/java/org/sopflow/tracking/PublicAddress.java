package org.sopflow.tracking;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address citizens reach this server by, for what is printed and carried away (the receipt's
 * tracking link, the signed SOP's verification link): {@code sop.citizen.base-url}, or else the
 * address the officer's request came to, or else (work done outside a request) this server's local
 * address, with a warning to set the base URL.
 */
@Component
public class PublicAddress {

  private static final Logger LOG = LoggerFactory.getLogger(PublicAddress.class);

  private final CitizenProperties properties;
  private final Environment environment;

  PublicAddress(CitizenProperties properties, Environment environment) {
    this.properties = properties;
    this.environment = environment;
  }

  /** @param path from the server's root, e.g. {@code /lacak/AB12} */
  public String of(String path) {
    if (!properties.baseUrl().isEmpty()) {
      return properties.baseUrl() + path;
    }
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes) {
      return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
    }
    String local = "http://localhost:" + environment.getProperty("local.server.port",
        environment.getProperty("server.port", "8080")) + path;
    LOG.warn("sop.citizen.base-url is not set: {} is printed for citizens, who cannot reach it", local);
    return local;
  }
}

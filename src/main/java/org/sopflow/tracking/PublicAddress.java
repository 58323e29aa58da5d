package org.sopflow.tracking;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address citizens reach this server by, for what is printed and carried away (the receipt's
 * tracking link, the signed SOP's verification link): {@code sop.citizen.base-url}, or else the
 * address the officer's request came to.
 */
@Component
public class PublicAddress {

  private final CitizenProperties properties;

  PublicAddress(CitizenProperties properties) {
    this.properties = properties;
  }

  /** @param path from the server's root, e.g. {@code /lacak/AB12} */
  public String of(String path) {
    if (!properties.baseUrl().isEmpty()) {
      return properties.baseUrl() + path;
    }
    try {
      return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
    } catch (IllegalStateException e) {
      throw new IllegalStateException("Set sop.citizen.base-url: no request gives the public address for " + path, e);
    }
  }
}

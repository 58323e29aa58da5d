package org.sopflow.security;

import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo profile's users ({@code sop.demo.*}).
 *
 * @param password password of every demo user; there is no default, the demo profile sets it
 */
@ConfigurationProperties("sop.demo")
record DemoProperties(String password) {

  public String requiredPassword() {
    return Objects.requireNonNull(password, "sop.demo.password must be set when the demo profile is active");
  }
}

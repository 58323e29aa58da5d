package org.sopflow;

import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every setting of the SOP layer, under {@code sop.*} in {@code application.yaml}.
 *
 * @param processes where the SOP models and the role catalogue are read from
 * @param demo the demo profile's users
 */
@ConfigurationProperties("sop")
public record SopProperties(@DefaultValue Processes processes, @DefaultValue Demo demo) {

  /**
   * @param location a Spring resource location of the folder holding {@code *.bpmn}, {@code *.dmn},
   *     {@code *.form} and {@code roles.yaml}; {@code classpath:processes/} (packaged in the jar) or
   *     e.g. {@code file:/srv/sop/processes/}
   * @param deploymentName the Camunda deployment name; unchanged files are filtered against it
   */
  public record Processes(@DefaultValue("classpath:processes/") String location,
                          @DefaultValue("sop-processes") String deploymentName) {

    /** The location as a folder, always ending with a slash. */
    public String folder() {
      return location.endsWith("/") ? location : location + "/";
    }
  }

  /**
   * @param password password of every demo user; there is no default, the demo profile sets it
   */
  public record Demo(String password) {

    public String requiredPassword() {
      return Objects.requireNonNull(password, "sop.demo.password must be set when the demo profile is active");
    }
  }
}

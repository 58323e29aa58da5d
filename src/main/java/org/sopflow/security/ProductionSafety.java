package org.sopflow.security;

import java.util.Arrays;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The {@code postgres} profile is production: it refuses to start with the demo profile or with a
 * password anyone can read in this repository. Checked before any bean exists, so nothing connects.
 */
public class ProductionSafety implements EnvironmentPostProcessor {

  private static final Set<String> KNOWN_PASSWORDS = Set.of("admin", "demo", "postgres", "password", "camunda", "operaton", "sa");

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!Arrays.asList(environment.getActiveProfiles()).contains("postgres")) {
      return;
    }
    if (Arrays.asList(environment.getActiveProfiles()).contains("demo")) {
      throw new IllegalStateException("The demo profile (demo users, password 'demo') must not run with the"
          + " postgres profile; remove 'demo' from spring.profiles.active");
    }
    refuseKnown(environment, "camunda.bpm.admin-user.password");
    refuseKnown(environment, "spring.datasource.password");
    refuseKnown(environment, "sop.signing.pkcs12.password");
    if (Boolean.parseBoolean(environment.getProperty("sop.signing.pkcs12.create-demo-key"))) {
      throw new IllegalStateException("sop.signing.pkcs12.create-demo-key signs SOPs with a self-signed key nobody"
          + " holds; the postgres profile needs the office's own key (sop.signing.pkcs12.path) or sop.signing.mode bsre");
    }
  }

  private static void refuseKnown(ConfigurableEnvironment environment, String property) {
    String value;
    try {
      value = environment.getProperty(property);
    } catch (IllegalArgumentException unresolvedPlaceholder) {
      return; // e.g. ${SOP_DB_PASSWORD} not set: the datasource reports it when it starts
    }
    if (value != null && KNOWN_PASSWORDS.contains(value.toLowerCase())) {
      throw new IllegalStateException(property + " is a well-known default password; the postgres profile needs a"
          + " real one from the environment or a secret (SOP_DB_PASSWORD, camunda.bpm.admin-user.password)");
    }
  }
}

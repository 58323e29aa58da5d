package org.sopflow;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/** Points a Spring test's in-memory H2 database at its PostgreSQL counterpart in the PostgreSQL run. */
public class TestDatabaseEnvironment implements EnvironmentPostProcessor {

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    String url = environment.getProperty("spring.datasource.url");
    if (!TestDatabases.onPostgres() || url == null || !url.startsWith("jdbc:h2:mem:")) {
      return;
    }
    Map<String, Object> postgres = new HashMap<>();
    postgres.put("spring.datasource.url", TestDatabases.translate(url));
    postgres.put("spring.datasource.username", TestDatabases.user());
    postgres.put("spring.datasource.password", TestDatabases.password());
    postgres.put("spring.datasource.driver-class-name", "org.postgresql.Driver");
    environment.getPropertySources().addFirst(new MapPropertySource("sop-test-postgres", postgres));
  }
}

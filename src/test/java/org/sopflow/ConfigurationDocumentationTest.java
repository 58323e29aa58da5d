package org.sopflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.io.FileSystemResource;

/**
 * {@code docs/configuration.md} is what the code says today: every {@code sop.*} setting with its
 * default and meaning, as {@code spring-boot-configuration-processor} reads them from the typed
 * records ({@code @DefaultValue} and {@code @param}) into the build's configuration metadata. After
 * changing a setting, refresh it with
 * {@code mvn test -Dtest=ConfigurationDocumentationTest -Dsop.docs.write=true}.
 */
class ConfigurationDocumentationTest {

  private static final Path COMMITTED = SourceTree.docs("configuration.md");
  private static final String METADATA = "META-INF/spring-configuration-metadata.json";
  private static final Path APPLICATION_YAML = SourceTree.src("main", "resources", "application.yaml");

  @Test
  void committedConfigurationReferenceMatchesTheCode() throws IOException {
    String generated = render(settings(), keysOfApplicationYaml());
    if (Boolean.getBoolean("sop.docs.write")) {
      Files.writeString(COMMITTED, generated);
    }
    assertThat(Files.exists(COMMITTED) ? Files.readString(COMMITTED) : "")
        .as("docs/configuration.md is stale; refresh it with"
            + " mvn test -Dtest=ConfigurationDocumentationTest -Dsop.docs.write=true")
        .isEqualTo(generated);
  }

  @Test
  void everySettingHasAMeaning() throws IOException {
    assertThat(settings()).allSatisfy(setting -> assertThat(setting.path("description").asText())
        .as("the @param of %s in its properties record", setting.path("name").asText()).isNotBlank());
  }

  private static List<JsonNode> settings() throws IOException {
    List<JsonNode> settings = new ArrayList<>();
    new ObjectMapper().readTree(ownMetadata()).path("properties").forEach(property -> {
      if (property.path("name").asText().startsWith("sop.")) {
        settings.add(property);
      }
    });
    return settings;
  }

  /** This build's metadata (in its classes folder), not that of a library jar. */
  private static java.net.URL ownMetadata() throws IOException {
    return java.util.Collections.list(ConfigurationDocumentationTest.class.getClassLoader().getResources(METADATA))
        .stream().filter(url -> "file".equals(url.getProtocol())).findFirst()
        .orElseThrow(() -> new IllegalStateException(METADATA + " is not in the build's classes; compile first"));
  }

  private static List<String> keysOfApplicationYaml() throws IOException {
    List<String> keys = new ArrayList<>();
    for (var source : new YamlPropertySourceLoader().load("application", new FileSystemResource(APPLICATION_YAML))) {
      keys.addAll(List.of(((EnumerablePropertySource<?>) source).getPropertyNames()));
    }
    return keys;
  }

  static String render(List<JsonNode> settings, List<String> applicationYamlKeys) {
    Map<String, List<JsonNode>> byGroup = new TreeMap<>();
    for (JsonNode setting : settings) {
      String name = setting.path("name").asText();
      byGroup.computeIfAbsent(name.substring(0, name.lastIndexOf('.')), group -> new ArrayList<>()).add(setting);
    }
    StringBuilder page = new StringBuilder("""
        # Configuration

        Every setting of SOP Flow is under `sop.*`, bound to one typed record per module (for example
        `CalendarProperties` for `sop.calendar`), so a malformed value stops the start with the setting's
        name. Set them as Spring Boot settings anywhere: `application.yaml`, `--sop.x=y` on the command
        line, or the environment (`SOP_DEADLINES_DETECTIONINTERVAL=PT10S`). Durations are ISO-8601
        (`PT5S`, `P90D`) or Spring's short form (`5s`); a standard time (`1 hari kerja`) is read as
        `sop.waktu` is.

        This page is generated from the records' `@DefaultValue` and `@param` (the build's configuration
        metadata, which IDEs also use for completion); `ConfigurationDocumentationTest` fails while it is
        stale. Camunda's own settings stay under `camunda.bpm.*` (authorization is on; the first admin
        is `camunda.bpm.admin-user.id` / `.password`), the database under `spring.datasource.*`, the
        scheduler that runs the deadline sweeps, the metrics refresh and the model watch under
        `spring.task.scheduling.*`, e-mail under `spring.mail.*`.
        """);
    byGroup.forEach((group, members) -> {
      page.append("\n## `").append(group).append("`\n\n| setting | default | meaning |\n|---|---|---|\n");
      for (JsonNode setting : members) {
        String name = setting.path("name").asText();
        page.append("| `").append(name).append("` | ").append(defaultOf(setting, name, applicationYamlKeys))
            .append(" | ").append(markdown(setting.path("description").asText())).append(" |\n");
      }
    });
    return page.toString();
  }

  private static String defaultOf(JsonNode setting, String name, List<String> applicationYamlKeys) {
    JsonNode value = setting.get("defaultValue");
    if (value == null || value.isNull()) {
      boolean inYaml = applicationYamlKeys.stream().anyMatch(key -> key.equals(name) || key.startsWith(name + ".")
          || key.startsWith(name + "["));
      return inYaml ? "in `application.yaml`" : "none";
    }
    List<String> items = new ArrayList<>();
    value.forEach(item -> items.add(item.asText()));
    String text = value.isArray() ? String.join("; ", items) : value.asText();
    return text.isEmpty() ? "empty" : "`" + text.replace("|", "\\|") + "`";
  }

  private static String markdown(String javadoc) {
    return javadoc.replaceAll("\\{@code ([^}]*)}", "`$1`").replaceAll("\\{@link ([^}]*)}", "`$1`")
        .replaceAll("\\s+", " ").replace("|", "\\|").trim();
  }
}

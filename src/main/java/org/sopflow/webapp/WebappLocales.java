package org.sopflow.webapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;

/**
 * The webapps' Indonesian locale: our translation ({@code webapp/locales/<app>/id.json}) laid over
 * the English file shipped in Camunda's webjar, so a key a future Camunda version adds shows in
 * English instead of as a raw key. Built once per app.
 */
public final class WebappLocales {

  /** The four Camunda webapps that carry locale files. */
  public static final List<String> APPS = List.of("welcome", "tasklist", "cockpit", "admin");

  private final ObjectMapper json;
  private final Map<String, byte[]> merged = new ConcurrentHashMap<>();

  public WebappLocales(ObjectMapper json) {
    this.json = json;
  }

  /** The English locale file of an app, as Camunda ships it. */
  public static String englishPath(String app) {
    return "META-INF/resources/webjars/camunda/app/" + app + "/locales/en.json";
  }

  /** Our Indonesian translation of an app, key for key. */
  public static String indonesianPath(String app) {
    return "webapp/locales/" + app + "/id.json";
  }

  /** Reads a locale file from the classpath (Camunda's start with a byte order mark). */
  public static JsonNode read(ObjectMapper json, String path) {
    try (InputStream in = new ClassPathResource(path).getInputStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the webapp locale " + path, e);
    }
  }

  Optional<byte[]> indonesian(String app) {
    if (!APPS.contains(app)) {
      return Optional.empty();
    }
    return Optional.of(merged.computeIfAbsent(app, this::merge));
  }

  private byte[] merge(String app) {
    try {
      return json.writeValueAsBytes(overlay(read(json, englishPath(app)), read(json, indonesianPath(app))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** English keys and structure; the Indonesian value wherever it has one of the same shape. */
  static JsonNode overlay(JsonNode english, JsonNode indonesian) {
    if (!english.isObject()) {
      return indonesian != null && indonesian.getNodeType() == english.getNodeType() ? indonesian : english;
    }
    ObjectNode result = ((ObjectNode) english).deepCopy();
    for (Iterator<Map.Entry<String, JsonNode>> fields = english.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode translated = indonesian == null ? null : indonesian.get(field.getKey());
      result.set(field.getKey(), overlay(field.getValue(), translated));
    }
    return result;
  }
}

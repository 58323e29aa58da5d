package org.sopflow.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sopflow.calendar.StandardTime;

/**
 * One Standar Pelayanan (SP) as its file {@code standar-pelayanan/<key>.yaml} states it: the
 * components of Permenpan RB 15/2014 and the SOPs that carry the service out (none: an SP without
 * SOP). A component that is not published says so ({@value #NOT_PUBLISHED}); no figure is made up.
 *
 * @param key the file name without {@code .yaml}
 * @param components every component given, by name (see {@link #COMPONENTS})
 * @param jangkaWaktu the service time, or null when not published or unreadable
 * @param layananInternal {@code layanan-internal: true}: a service to other agencies or staff, rated by
 *     the internal survey (percent satisfied) instead of the SKM
 */
public record StandarPelayanan(String key, String nama, List<String> sop, Map<String, String> components,
                               StandardTime jangkaWaktu, boolean layananInternal) {

  /** The folder of the SP files inside the processes folder. */
  public static final String FOLDER = "standar-pelayanan/";
  /** What a component says when the office has not published it. */
  public static final String NOT_PUBLISHED = "tidak dipublikasikan";
  /** Service delivery (penyampaian pelayanan), then management (pengelolaan pelayanan). */
  public static final List<String> COMPONENTS = List.of("persyaratan", "sistem-mekanisme-prosedur", "jangka-waktu",
      "biaya-tarif", "produk", "penanganan-pengaduan", "dasar-hukum", "sarana-prasarana", "kompetensi-pelaksana",
      "pengawasan-internal", "jumlah-pelaksana", "jaminan-pelayanan", "jaminan-keamanan", "evaluasi-kinerja");

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  public StandarPelayanan {
    sop = List.copyOf(sop);
    components = Collections.unmodifiableMap(new LinkedHashMap<>(components));
  }

  /** A problem of one file, naming the field; an error makes the file unusable. */
  public record Problem(String file, String field, String message, boolean error) {
  }

  /** What a file holds: the SP when it is usable, and every problem found in it. */
  public record Read(String file, StandarPelayanan standard, List<Problem> problems) {
  }

  /** Reads one file; {@code file} names it in problems, e.g. {@code standar-pelayanan/x.yaml}. */
  public static Read read(String file, byte[] yaml) {
    String key = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.ya?ml$", "");
    List<Problem> problems = new ArrayList<>();
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (IOException e) {
      String reason = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
      problems.add(new Problem(file, null, "not valid YAML: " + reason, true));
      return new Read(file, null, problems);
    }
    if (root == null || !root.isObject()) {
      problems.add(new Problem(file, null, "not a YAML mapping of nama, sop and the components", true));
      return new Read(file, null, problems);
    }
    String nama = root.path("nama").asText(null);
    if (nama == null || nama.isBlank()) {
      problems.add(new Problem(file, "nama", "has no nama; name the service", true));
    }
    List<String> sop = new ArrayList<>();
    JsonNode sopNode = root.get("sop");
    if (sopNode == null || !sopNode.isArray()) {
      problems.add(new Problem(file, "sop", "is not a list of SOP keys (write sop: [] for an SP without SOP)", true));
    } else {
      sopNode.forEach(entry -> sop.add(entry.asText()));
    }
    Map<String, String> components = new LinkedHashMap<>();
    for (String component : COMPONENTS) {
      JsonNode value = root.get(component);
      if (value == null || value.asText().isBlank()) {
        problems.add(new Problem(file, component, "is missing; give it, or write '" + NOT_PUBLISHED + "'", false));
      } else {
        components.put(component, value.asText().trim());
      }
    }
    StandardTime jangkaWaktu = jangkaWaktu(file, components.get("jangka-waktu"), problems);
    boolean internal = internal(file, root.get("layanan-internal"), problems);
    boolean usable = problems.stream().noneMatch(Problem::error);
    return new Read(file, usable ? new StandarPelayanan(key, nama, sop, components, jangkaWaktu, internal) : null,
        problems);
  }

  private static boolean internal(String file, JsonNode value, List<Problem> problems) {
    if (value == null || value.isNull()) {
      return false;
    }
    if (!value.isBoolean()) {
      problems.add(new Problem(file, "layanan-internal", "is '" + value.asText() + "'; write true or false", true));
      return false;
    }
    return value.asBoolean();
  }

  private static StandardTime jangkaWaktu(String file, String value, List<Problem> problems) {
    if (value == null || value.equalsIgnoreCase(NOT_PUBLISHED)) {
      return null;
    }
    try {
      return StandardTime.parse(value);
    } catch (IllegalArgumentException e) {
      problems.add(new Problem(file, "jangka-waktu", e.getMessage() + ", or '" + NOT_PUBLISHED + "'", true));
      return null;
    }
  }
}

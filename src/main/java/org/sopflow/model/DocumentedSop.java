package org.sopflow.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * An SOP that exists only as a signed document (Perwali), not yet modelled: its identity as
 * {@code sop-dokumen.yaml} lists it, so the service register counts every SOP, executable or not.
 *
 * @param key the key a Standar Pelayanan file names it by (the key its model will have)
 * @param tanggalRevisi null when the SOP was never revised ({@code -})
 */
public record DocumentedSop(String key, String nomor, String nama, String bidang, LocalDate tanggalEfektif,
                            LocalDate tanggalRevisi) {

  /** The file, in the processes folder. */
  public static final String FILE = "sop-dokumen.yaml";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** The entries of the file with its problems; an entry with a problem is left out. */
  public record Read(List<DocumentedSop> sops, List<StandarPelayanan.Problem> problems) {
  }

  public static Read read(byte[] yaml) {
    List<DocumentedSop> sops = new ArrayList<>();
    List<StandarPelayanan.Problem> problems = new ArrayList<>();
    JsonNode entries;
    try {
      JsonNode root = YAML.readTree(yaml);
      entries = root == null ? null : root.get("dokumen");
    } catch (IOException e) {
      problems.add(new StandarPelayanan.Problem(FILE, null, "not valid YAML: " + e.getMessage(), true));
      return new Read(sops, problems);
    }
    if (entries == null || !entries.isArray()) {
      problems.add(new StandarPelayanan.Problem(FILE, "dokumen", "is not a list (write dokumen: [] for none)", true));
      return new Read(sops, problems);
    }
    for (int i = 0; i < entries.size(); i++) {
      entry(entries.get(i), "dokumen[" + i + "].", problems).ifPresent(sops::add);
    }
    return new Read(sops, problems);
  }

  private static java.util.Optional<DocumentedSop> entry(JsonNode node, String at, List<StandarPelayanan.Problem> problems) {
    int before = problems.size();
    String key = required(node, at, "key", problems);
    String nomor = required(node, at, "nomor", problems);
    String nama = required(node, at, "nama", problems);
    String bidang = required(node, at, "bidang", problems);
    LocalDate efektif = date(node, at, "tanggal-efektif", true, problems);
    LocalDate revisi = date(node, at, "tanggal-revisi", false, problems);
    return problems.size() > before ? java.util.Optional.empty()
        : java.util.Optional.of(new DocumentedSop(key, nomor, nama, bidang, efektif, revisi));
  }

  private static String required(JsonNode node, String at, String field, List<StandarPelayanan.Problem> problems) {
    String value = node.path(field).asText("").trim();
    if (value.isEmpty()) {
      problems.add(new StandarPelayanan.Problem(FILE, at + field, "is missing; copy it from the signed SOP", true));
    }
    return value;
  }

  private static LocalDate date(JsonNode node, String at, String field, boolean required,
                                List<StandarPelayanan.Problem> problems) {
    String value = node.path(field).asText("").trim();
    if (value.isEmpty() || value.equals("-")) {
      if (required) {
        problems.add(new StandarPelayanan.Problem(FILE, at + field, "is missing; copy it from the signed SOP", true));
      }
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      problems.add(new StandarPelayanan.Problem(FILE, at + field, "'" + value + "' is not a date (YYYY-MM-DD)", true));
      return null;
    }
  }
}

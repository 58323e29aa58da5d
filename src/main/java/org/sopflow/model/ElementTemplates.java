package org.sopflow.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sopflow.model.SopProperty.Place;
import org.sopflow.model.SopProperty.Value;

/**
 * The Camunda Modeler element templates ({@code modeler/element-templates/}), made from the
 * declarations of {@link SopProperty}: one template per place a property may stand, each field with
 * the property's label, help, choices and a pattern that accepts what the engine reads.
 */
public final class ElementTemplates {

  /** A standard time as {@code StandardTime} reads it, as a JavaScript pattern for the Modeler. */
  static final String TIME_PATTERN = "P(?=.*[0-9])([0-9]+W)?([0-9]+D)?(T([0-9]+H)?([0-9]+M)?([0-9]+S)?)?"
      + "|([0-9]+ ?[x×] ?)?[0-9]+([.,][0-9]+)? ?(menit|jam|hari ?kerja|hari|minggu)"
      + "( ([0-9]+ ?[x×] ?)?[0-9]+([.,][0-9]+)? ?(menit|jam|hari ?kerja|hari|minggu))*";
  private static final String SCHEMA = "https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private record Template(String file, String name, int version, String description, String appliesTo, Place place,
                          Map<String, String> groups) {
  }

  private static final List<Template> TEMPLATES = List.of(
      new Template("sop-proses.json", "Identitas SOP", 3, "Halaman identitas SOP (Permenpan RB 35/2012) dan waktu"
          + " layanan. Id proses adalah kunci SOP, nama proses adalah nama SOP.", "bpmn:Process", Place.PROCESS,
          groups("identitas", "Identitas SOP", "pelaksanaan", "Pelaksanaan", "waktu", "Waktu layanan")),
      new Template("sop-langkah.json", "Langkah SOP (kegiatan)", 5, "Satu kegiatan SOP dengan mutu baku (kelengkapan,"
          + " waktu, output). Peran pelaksana mengikuti lane tempat tugas diletakkan.", "bpmn:UserTask", Place.STEP,
          groups("mutu-baku", "Mutu baku", "formulir", "Formulir Tasklist")),
      new Template("sop-menunggu-pemohon.json", "Menunggu pemohon", 2, "Peristiwa perantara tempat kantor menunggu"
          + " pemohon (mis. berkas susulan, pembayaran). Waktunya tidak dihitung dalam waktu layanan.",
          "bpmn:IntermediateCatchEvent", Place.WAIT, groups("mutu-baku", "Mutu baku")),
      new Template("sop-akhir.json", "Akhir SOP", 2, "Peristiwa akhir: bagaimana permohonan warga berakhir di sini,"
          + " seperti tampil di halaman lacak.", "bpmn:EndEvent", Place.END, groups("hasil", "Hasil layanan")));

  private ElementTemplates() {
  }

  /** Each template file's name and its JSON, as Camunda Modeler reads it. */
  public static Map<String, String> files() {
    Map<String, String> files = new LinkedHashMap<>();
    for (Template template : TEMPLATES) {
      files.put(template.file(), write(JSON.createArrayNode().add(template(template))));
    }
    return files;
  }

  private static ObjectNode template(Template template) {
    ObjectNode json = JSON.createObjectNode().put("$schema", SCHEMA).put("name", template.name())
        .put("id", "org.sopflow." + template.file().replace(".json", "")).put("version", template.version())
        .put("description", template.description());
    json.putArray("appliesTo").add(template.appliesTo());
    ArrayNode groups = json.putArray("groups");
    template.groups().forEach((id, label) -> groups.addObject().put("id", id).put("label", label));
    ArrayNode properties = json.putArray("properties");
    for (SopProperty property : SopProperty.allAt(template.place())) {
      properties.add(template.place() == Place.WAIT && property == SopProperty.MENUNGGU_PEMOHON
          ? hidden(property.fullName(), "camunda:property", "true") : field(property, template.place()));
    }
    if (template.place() == Place.STEP) {
      properties.addObject().put("label", "Formulir (id Camunda Form)").put("type", "String")
          .put("description", "Id formulir .form di folder yang sama, mis. 'form-keberatan-registrasi-keberatan'.")
          .put("group", "formulir").set("binding", binding("property", "camunda:formRef"));
      ((ObjectNode) properties.get(properties.size() - 1)).putObject("constraints").put("notEmpty", true);
      properties.add(hidden("camunda:formRefBinding", "property", "latest"));
    }
    return json;
  }

  private static ObjectNode field(SopProperty property, Place place) {
    ObjectNode field = JSON.createObjectNode().put("label", property.label())
        .put("type", property.value().choices().isEmpty() ? "String" : "Dropdown")
        .put("description", property.help());
    field.set("binding", binding("camunda:property", property.fullName()));
    field.put("group", property.group());
    if (!property.value().choices().isEmpty()) {
      ArrayNode choices = field.putArray("choices");
      boolean followsSop = property.value() == Value.CALENDAR && place != Place.PROCESS;
      if (followsSop) {
        choices.addObject().put("name", "Ikuti kalender SOP").put("value", "");
      }
      property.value().choices().forEach(choice -> choices.addObject().put("name", choice.name())
          .put("value", choice.value()));
      field.put("value", followsSop ? "" : property.value().choiceValues().get(0));
      return field;
    }
    if (property.value() == Value.DATE && !property.required()) {
      field.put("value", "-");
    }
    ObjectNode constraints = JSON.createObjectNode();
    if (property.required()) {
      constraints.put("notEmpty", true);
    }
    pattern(property).ifPresent(pattern -> constraints.putObject("pattern").put("value", pattern[0])
        .put("message", pattern[1]));
    if (!constraints.isEmpty()) {
      field.set("constraints", constraints);
    }
    return field;
  }

  /** The pattern a field's text must match, and the message when it does not. */
  private static Optional<String[]> pattern(SopProperty property) {
    String empty = property.required() ? "" : "^$|";
    return Optional.ofNullable(switch (property.value()) {
      case TIME -> new String[] {empty + "^(" + TIME_PATTERN + ")$", "Tulis waktu seperti '30 menit', '2 jam',"
          + " '1 hari kerja', '1 hari kerja 4 jam' atau ISO-8601 seperti 'PT2H', 'P3D'"};
      case DATE -> new String[] {"^([0-9]{4}-[0-9]{2}-[0-9]{2}|-)$", "Tanggal ditulis YYYY-MM-DD, atau '-' bila"
          + " belum ada"};
      case VARIABLE -> new String[] {empty + "^[A-Za-z_][A-Za-z0-9_]*$", "Tulis nama variabel tanpa spasi,"
          + " mis. 'tanggalAcara'"};
      default -> null;
    });
  }

  private static ObjectNode hidden(String name, String bindingType, String value) {
    ObjectNode hidden = JSON.createObjectNode().put("type", "Hidden").put("value", value);
    hidden.set("binding", binding(bindingType, name));
    return hidden;
  }

  private static ObjectNode binding(String type, String name) {
    return JSON.createObjectNode().put("type", type).put("name", name);
  }

  private static Map<String, String> groups(String... idThenLabel) {
    Map<String, String> groups = new LinkedHashMap<>();
    for (int i = 0; i < idThenLabel.length; i += 2) {
      groups.put(idThenLabel[i], idThenLabel[i + 1]);
    }
    return groups;
  }

  private static String write(ArrayNode templates) {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withArrayIndenter(new DefaultIndenter("  ", "\n"))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return JSON.writer(printer).writeValueAsString(templates).replace(" : ", ": ") + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}

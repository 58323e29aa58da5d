package org.sopflow.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.sopflow.SopTestEngine;
import org.sopflow.calendar.CalendarKind;
import org.sopflow.calendar.StandardTime;
import org.sopflow.model.SopProperty.Place;

/**
 * The Camunda Modeler element templates are made from the property declarations (refresh them with
 * {@code mvn test -Dtest=ElementTemplatesTest -Dsop.docs.write=true}), bind exactly the {@code sop.*}
 * properties the engine reads, in the Camunda 7 template format, and their constraints accept every
 * value of the catalogue and refuse what the engine would refuse.
 */
class ElementTemplatesTest {

  private static final Path TEMPLATES = Path.of("modeler/element-templates");
  private static final Set<String> C7_BINDINGS = Set.of("property", "camunda:property", "camunda:inputParameter",
      "camunda:outputParameter", "camunda:in", "camunda:out", "camunda:executionListener", "camunda:field",
      "camunda:errorEventDefinition");
  private static final Set<String> CAMUNDA_PROPERTY_TYPES = Set.of("String", "Hidden", "Dropdown");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theCommittedTemplatesAreTheOnesTheDeclarationsMake() throws IOException {
    for (Map.Entry<String, String> file : ElementTemplates.files().entrySet()) {
      if (Boolean.getBoolean("sop.docs.write")) {
        Files.writeString(TEMPLATES.resolve(file.getKey()), file.getValue());
      }
      assertThat(Files.readString(TEMPLATES.resolve(file.getKey()))).as("%s is stale; refresh it with mvn test"
          + " -Dtest=ElementTemplatesTest -Dsop.docs.write=true", file.getKey()).isEqualTo(file.getValue());
    }
  }

  @Test
  void theStepTemplateBindsTheMutuBakuOfAUserTask() throws IOException {
    JsonNode step = template("sop-langkah.json");

    assertThat(texts(step.get("appliesTo"))).containsExactly("bpmn:UserTask");
    assertThat(sopBindings(step).keySet()).containsExactlyInAnyOrderElementsOf(prefixed(SopProperty.namesAt(Place.STEP)));
    assertThat(binding(step, "property", "camunda:formRef")).isNotNull();
  }

  @Test
  void theWaitingTemplateMarksAnIntermediateEventAsTheApplicantsTime() throws IOException {
    JsonNode wait = template("sop-menunggu-pemohon.json");

    assertThat(texts(wait.get("appliesTo"))).containsExactly("bpmn:IntermediateCatchEvent");
    JsonNode waiting = sopBindings(wait).get(SopProperty.MENUNGGU_PEMOHON.fullName());
    assertThat(waiting.get("type").asText()).isEqualTo("Hidden");
    assertThat(waiting.get("value").asText()).isEqualTo("true");
    assertThat(prefixed(SopProperty.namesAt(Place.STEP))).containsAll(sopBindings(wait).keySet());
    Map<String, JsonNode> step = sopBindings(template("sop-langkah.json"));
    assertThat(choices(step.get("sop.kalender"))).containsExactly("", CalendarKind.HARI_KERJA.value(),
        CalendarKind.ROUND_THE_CLOCK.value());
    assertThat(choices(step.get("sop.menunggu-pemohon"))).containsExactly("false", "true");
    assertThat(pattern(step.get("sop.tenggat-dari")).matcher("tanggalAcara").matches()).isTrue();
    assertThat(pattern(step.get("sop.tenggat-dari")).matcher("tanggal acara").matches()).isFalse();
  }

  @Test
  void theEndTemplateOffersTheOutcomesTheEngineKnows() throws IOException {
    JsonNode end = template("sop-akhir.json");

    assertThat(texts(end.get("appliesTo"))).containsExactly("bpmn:EndEvent");
    assertThat(choices(sopBindings(end).get(SopProperty.STATUS.fullName()))).containsExactlyElementsOf(SopProperty.Value.STATUS.choiceValues());
  }

  @Test
  void theProcessTemplateBindsTheIdentityAndItsChoicesAreTheEnginesValues() throws IOException {
    JsonNode process = template("sop-proses.json");

    assertThat(texts(process.get("appliesTo"))).containsExactly("bpmn:Process");
    assertThat(sopBindings(process).keySet()).containsExactlyInAnyOrderElementsOf(prefixed(SopProperty.namesAt(Place.PROCESS)));
    assertThat(choices(sopBindings(process).get("sop.jenis"))).containsExactlyElementsOf(SopProperty.Value.JENIS.choiceValues());
    assertThat(choices(sopBindings(process).get("sop.kalender")))
        .containsExactly(CalendarKind.HARI_KERJA.value(), CalendarKind.ROUND_THE_CLOCK.value());
    SopProperty.allAt(Place.PROCESS).stream().filter(SopProperty::required).map(SopProperty::shortName).filter(name -> !name.equals("jenis")).forEach(name ->
        assertThat(sopBindings(process).get("sop." + name).at("/constraints/notEmpty").asBoolean())
            .as("sop.%s is required", name).isTrue());
  }

  @Test
  void everyTemplateIsACamunda7TemplateWithLabelledSupportedBindings() throws IOException {
    for (Path file : templateFiles()) {
      JsonNode templates = JSON.readTree(file.toFile());
      assertThat(templates.isArray()).as("%s is a JSON array", file).isTrue();
      for (JsonNode template : templates) {
        assertThat(template.get("$schema").asText()).contains("@camunda/element-templates-json-schema");
        assertThat(template.get("id").asText()).startsWith("org.sopflow.");
        assertThat(template.get("version").asInt()).isPositive();
        for (JsonNode property : template.get("properties")) {
          String bindingType = property.at("/binding/type").asText();
          assertThat(C7_BINDINGS).as("binding of %s", property).contains(bindingType);
          if (bindingType.equals("camunda:property")) {
            assertThat(CAMUNDA_PROPERTY_TYPES).as("type of %s", property).contains(property.get("type").asText());
          }
          if (!property.get("type").asText().equals("Hidden")) {
            assertThat(property.get("label").asText()).as("label of %s", property).isNotBlank();
          }
        }
      }
    }
  }

  @Test
  void theConstraintsAcceptEveryValueOfTheCatalogueAndRefuseWhatTheEngineRefuses() throws IOException {
    Map<String, JsonNode> step = sopBindings(template("sop-langkah.json"));
    Map<String, JsonNode> process = sopBindings(template("sop-proses.json"));
    for (BpmnModelInstance model : catalogue()) {
      for (Process sop : model.getModelElementsByType(Process.class)) {
        assertAccepted(process, SopReader.properties(sop), sop);
      }
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        assertAccepted(step, SopReader.properties(task), task);
      }
    }
    Pattern waktu = pattern(step.get("sop.waktu"));
    // empty is allowed for a step waiting for the applicant; the lint requires it of every other task
    assertThat(waktu.matcher("").matches()).isTrue();
    for (String refused : List.of("dua hari", "segera", "1 bulan", "P")) {
      assertThat(waktu.matcher(refused).matches()).as("template refuses '%s'", refused).isFalse();
      assertThat(parses(refused)).as("engine refuses '%s'", refused).isFalse();
    }
    for (String accepted : List.of("15 menit", "2 jam", "1 hari kerja", "3 hari", "1 minggu", "1 hari kerja 4 jam", "PT30M", "P3D")) {
      assertThat(waktu.matcher(accepted).matches()).as("template accepts '%s'", accepted).isTrue();
      assertThat(parses(accepted)).as("engine accepts '%s'", accepted).isTrue();
    }
  }

  private static void assertAccepted(Map<String, JsonNode> template, Map<String, String> values, BaseElement element) {
    values.forEach((name, value) -> {
      JsonNode property = template.get("sop." + name);
      assertThat(property).as("template has sop.%s of %s", name, element.getId()).isNotNull();
      if (property.has("choices")) {
        assertThat(choices(property)).as("choice for sop.%s", name).contains(value);
      }
      if (property.at("/constraints/pattern/value").isTextual()) {
        assertThat(pattern(property).matcher(value).matches()).as("sop.%s '%s' of %s", name, value, element.getId()).isTrue();
      }
    });
  }

  private static boolean parses(String text) {
    try {
      StandardTime.parse(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static Pattern pattern(JsonNode property) {
    return Pattern.compile(property.at("/constraints/pattern/value").asText());
  }

  private static JsonNode template(String file) throws IOException {
    JsonNode templates = JSON.readTree(TEMPLATES.resolve(file).toFile());
    assertThat(templates).hasSize(1);
    return templates.get(0);
  }

  private static Map<String, JsonNode> sopBindings(JsonNode template) {
    Map<String, JsonNode> bindings = new LinkedHashMap<>();
    for (JsonNode property : template.get("properties")) {
      if (property.at("/binding/type").asText().equals("camunda:property")) {
        bindings.put(property.at("/binding/name").asText(), property);
      }
    }
    return bindings;
  }

  private static JsonNode binding(JsonNode template, String type, String name) {
    for (JsonNode property : template.get("properties")) {
      if (property.at("/binding/type").asText().equals(type) && property.at("/binding/name").asText().equals(name)) {
        return property;
      }
    }
    return null;
  }

  private static List<String> choices(JsonNode property) {
    List<String> values = new ArrayList<>();
    property.get("choices").forEach(choice -> values.add(choice.get("value").asText()));
    return values;
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }

  private static List<String> prefixed(List<String> names) {
    return names.stream().map(name -> SopProperty.PREFIX + name).toList();
  }

  private static List<Path> templateFiles() throws IOException {
    try (Stream<Path> files = Files.list(TEMPLATES)) {
      List<Path> json = files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
      assertThat(json).hasSize(4);
      return json;
    }
  }

  private static List<BpmnModelInstance> catalogue() throws IOException {
    try (Stream<Path> files = Files.walk(SopTestEngine.PROCESSES)) {
      return files.filter(file -> file.toString().endsWith(".bpmn")).map(file -> Bpmn.readModelFromFile(file.toFile())).toList();
    }
  }
}

package org.sopflow.mining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sopflow.EngineScenario.clockAt;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sopflow.ApiClient;
import org.sopflow.EngineScenario;
import org.sopflow.TestModels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The XES export of runs made here: two registered requests (one decided outside its lane, one still
 * open), more than two batches of instances started at one instant, and one started before the period.
 * The export is validated against the IEEE 1849-2016 schema and read back by an XES reader.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:sopflow-xes-test;DB_CLOSE_DELAY=-1", "sop.deadlines.detection-interval=PT1H"})
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class XesExportTest {

  private static final String KEY = "xes-permohonan";
  private static final String PERIOD = "?from=2026-10-01&to=2026-10-31";
  private static final int MANY = 2 * EventLogExport.BATCH + 7;
  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  private EngineScenario scenario;

  @BeforeAll
  void run() {
    scenario = new EngineScenario(engine);
    scenario.deploy(KEY + ".bpmn", TestModels.sop(KEY).lane("ppid-petugas", "Petugas").lane("ppid", "PPID")
        .task("terima", "ppid-petugas").task("putuskan", "ppid").xml());
    clockAt("2026-09-30T08:00");
    engine.getRuntimeService().startProcessInstanceByKey(KEY, "REG-LAMA");
    clockAt("2026-10-05T08:00");
    String first = engine.getRuntimeService().startProcessInstanceByKey(KEY, "REG-001").getId();
    String second = engine.getRuntimeService().startProcessInstanceByKey(KEY, "REG-002").getId();
    complete(first, "2026-10-05T08:30", "ppid-petugas");
    complete(second, "2026-10-05T08:40", "ppid-petugas");
    complete(first, "2026-10-05T09:00", "admin"); // the PPID's decision, taken by someone outside the lane
    clockAt("2026-10-06T08:00");
    for (int i = 0; i < MANY; i++) {
      engine.getRuntimeService().startProcessInstanceByKey(KEY, "BATCH-" + i);
    }
  }

  @AfterAll
  void resetClock() {
    EngineScenario.resetClock();
  }

  @Test
  void theLogIsValidXesWithOneTracePerInstanceOfThePeriod() throws Exception {
    byte[] xes = export(PERIOD);

    SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(getClass().getResource("/xes/xes-ieee-1849-2016.xsd")).newValidator()
        .validate(new StreamSource(new ByteArrayInputStream(xes)));
    Map<String, List<Map<String, String>>> traces = read(xes);
    assertThat(traces).hasSize(MANY + 2).doesNotContainKey("REG-LAMA").containsKeys("REG-001", "REG-002", "BATCH-0",
        "BATCH-" + (MANY - 1));
  }

  @Test
  void eachStepStartsAndCompletesWithItsRoleAndUserAndTheDeviationIsAnEventOfItsTrace() throws Exception {
    Map<String, List<Map<String, String>>> traces = read(export(PERIOD));

    List<Map<String, String>> first = traces.get("REG-001");
    assertThat(first).extracting(event -> event.get("concept:name") + "|" + event.get("lifecycle:transition") + "|"
        + event.get("time:timestamp") + "|" + event.get("org:role") + "|" + event.get("org:resource")).containsExactly(
        "Langkah terima|start|2026-10-05T08:00:00.000+07:00|ppid-petugas|null",
        "Langkah terima|complete|2026-10-05T08:30:00.000+07:00|ppid-petugas|ppid-petugas",
        "Langkah putuskan|start|2026-10-05T08:30:00.000+07:00|ppid|null",
        "Langkah putuskan|complete|2026-10-05T09:00:00.000+07:00|ppid|admin",
        // the admin claimed the task, then completed it: two deviations, in the order they were recorded
        "Maladministrasi: Tugas dialihkan ke luar peran pelaksananya|complete|2026-10-05T09:00:00.000+07:00|ppid|admin",
        "Maladministrasi: Langkah diselesaikan di luar peran pelaksananya|complete|2026-10-05T09:00:00.000+07:00|ppid|admin");
    assertThat(first.get(5)).containsEntry("sop.rule", "COMPLETED_OUTSIDE_LANE")
        .containsEntry("sop.category", "PENYIMPANGAN_PROSEDUR").containsEntry("sop.activity", "putuskan");
    assertThat(traces.get("REG-002")).extracting(event -> event.get("concept:name") + "|" + event.get("lifecycle:transition"))
        .endsWith("Langkah putuskan|start");
  }

  @Test
  void readersOnlyAndBadRequestsNamed() {
    ApiClient api = new ApiClient(port);
    assertThat(api.getBytes("/api/sops/" + KEY + "/log.xes", "ppid-petugas").statusCode()).isEqualTo(403);
    HttpResponse<String> unknown = api.get("/api/sops/tiada/log.xes", "admin:admin", "application/xml");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("No SOP with key 'tiada'");
    HttpResponse<String> bad = api.get("/api/sops/" + KEY + "/log.xes?from=oktober", "admin:admin", "application/xml");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("from 'oktober'");
  }

  private void complete(String instance, String at, String user) {
    clockAt(at);
    String task = scenario.task(instance).getId();
    scenario.as(user, () -> {
      engine.getTaskService().claim(task, user);
      engine.getTaskService().complete(task);
    });
  }

  private byte[] export(String query) {
    HttpResponse<byte[]> response = new ApiClient(port).getBytes("/api/sops/" + KEY + "/log.xes" + query, "admin:admin");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"" + KEY + ".xes\"");
    return response.body();
  }

  /** An XES reader: per trace (by concept:name, in order) its events as their attributes by key. */
  static Map<String, List<Map<String, String>>> read(byte[] xes) throws Exception {
    XMLStreamReader xml = XMLInputFactory.newInstance().createXMLStreamReader(new ByteArrayInputStream(xes));
    Map<String, List<Map<String, String>>> traces = new LinkedHashMap<>();
    List<Map<String, String>> events = null;
    Map<String, String> attributes = null;
    String element = null;
    while (xml.hasNext()) {
      int type = xml.next();
      if (type == XMLStreamConstants.START_ELEMENT) {
        switch (xml.getLocalName()) {
          case "trace" -> {
            events = new ArrayList<>();
            element = "trace";
          }
          case "event" -> {
            attributes = new LinkedHashMap<>();
            element = "event";
          }
          case "string", "date" -> {
            String key = xml.getAttributeValue(null, "key");
            String value = xml.getAttributeValue(null, "value");
            if ("event".equals(element) && attributes != null) {
              attributes.put(key, value);
            } else if ("trace".equals(element) && key.equals("concept:name")) {
              assertThat(traces).as("trace %s once", value).doesNotContainKey(value);
              traces.put(value, events);
            }
          }
          default -> { }
        }
      } else if (type == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("event")) {
        events.add(attributes);
        attributes = null;
        element = "trace";
      }
    }
    return traces;
  }
}

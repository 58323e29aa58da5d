package org.sopflow.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sopflow.SopTestEngine;
import org.sopflow.TestModels;
import org.sopflow.engine.SopModels;
import org.sopflow.model.ServiceStandards;
import org.sopflow.model.SopDefinition;
import org.sopflow.model.SopReader;
import org.sopflow.model.SopStep;
import org.sopflow.model.StandarPelayanan;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The PPID SOP's document, read back as XHTML the way a PDF printer or a browser reads it. */
class SopDocumentTest {

  private static final String KEY = "pip-permohonan-informasi";
  private static final ProcessEngine ENGINE = SopTestEngine.shared();
  private static final XPath XPATH = XPathFactory.newInstance().newXPath();
  private static final ServiceStandards SERVICES = ServiceStandards.read(SopTestEngine.PROCESSES.toUri().toString());
  private static final String ROWS = "//tr[contains(concat(' ', @class, ' '), ' kegiatan ')]";

  @BeforeAll
  static void deployTheCatalogue() {
    SopTestEngine.addCatalogue(ENGINE.getRepositoryService().createDeployment()).deploy();
  }

  @AfterAll
  static void deleteDeployments() {
    RepositoryService repository = ENGINE.getRepositoryService();
    SopTestEngine.deleteDeployments(repository);
  }

  @Test
  void theIdentityPageHasEveryFieldOfTheModel() throws Exception {
    SopDefinition sop = sop(KEY);
    Document document = document(KEY);

    for (String field : List.of("bidang", "dasar-hukum", "kualifikasi-pelaksana", "keterkaitan", "peralatan",
        "peringatan", "pencatatan")) {
      assertThat(text(document, "//*[@data-field='" + field + "']")).as(field).contains(sop.identity().get(field));
    }
    // the shipped SOP is not approved: what an approval gives is not made up (SopVersionsTest prints it)
    assertThat(text(document, "//*[@data-field='nomor']")).isEqualTo(SopDocument.NOT_APPROVED);
    assertThat(text(document, "//*[@data-field='tanggal-pembuatan']")).isEqualTo("-");
    assertThat(text(document, "//*[@data-field='tanggal-revisi']")).isEqualTo("-");
    assertThat(text(document, "//*[@data-field='tanggal-efektif']")).isEqualTo(SopDocument.NOT_APPROVED);
    assertThat(text(document, "//*[@data-field='standar-pelayanan']")).isEqualTo("Pelayanan Permohonan Informasi Publik");
    assertThat(text(document, "//*[@data-field='disahkan-oleh']")).contains(SopDocument.NOT_APPROVED, "NIP.");
    assertThat(text(document, "//*[@data-field='nama']")).isEqualTo(sop.name());
    assertThat(text(document, "//td[@class='unit']")).isEqualTo("Dinas Komunikasi dan Informatika Kota Probolinggo");
    assertThat(XPATH.evaluate("count(//*[@class='slot-logo'])", document)).isEqualTo("1");
  }

  @Test
  void everyActivityHasOneRowInFlowOrderWithItsSymbolInItsRolesColumn() throws Exception {
    for (String key : List.of(KEY, "tik-hosting-subdomain", "tik-gangguan-jaringan")) {
      SopDefinition sop = sop(key);
      Document document = document(key);
      NodeList rows = (NodeList) XPATH.evaluate(ROWS, document, XPathConstants.NODESET);
      List<String> activityRows = new ArrayList<>();
      for (int i = 0; i < rows.getLength(); i++) {
        Element row = (Element) rows.item(i);
        sop.step(row.getAttribute("data-activity")).ifPresent(step -> {
          activityRows.add(step.activityId());
          assertSymbolInLane(row, step);
        });
      }
      assertThat(activityRows).as("activity rows of %s in flow order", key)
          .containsExactlyElementsOf(sop.steps().stream().map(SopStep::activityId).toList());
      assertThat(((Element) rows.item(0)).getAttribute("data-activity")).as("first row: the first activity")
          .isEqualTo(sop.steps().get(0).activityId());
      assertThat(XPATH.evaluate("count(//th[@class='pelaksana'])", document))
          .isEqualTo(String.valueOf(sop.lanes().size()));
    }
  }

  @Test
  void theWaktuColumnSaysWhereAStepsTimeComesFrom() throws Exception {
    ENGINE.getRepositoryService().createDeployment().addString("sop-waktu-asal.bpmn", TestModels.sop("sop-waktu-asal")
        .lane("ppid", "PPID").task("terima", "ppid").taskProperty("terima", "sop.waktu", "2 jam")
        .applicantMessage("berkasSusulan", "ppid")
        .task("siapkan", "ppid").taskProperty("siapkan", "sop.tenggat-dari", "tanggalAcara")
        .taskProperty("siapkan", "sop.waktu", "1 hari kerja")
        .task("siarkan", "ppid").withoutWaktu("siarkan").taskProperty("siarkan", "sop.tenggat-dari", "tanggalAcara")
        .task("ulang", "ppid").taskProperty("ulang", "sop.waktu", "2 jam").taskProperty("ulang", "sop.kalender", "24-jam")
        .xml()).deploy();
    Document document = document("sop-waktu-asal");

    assertThat(waktu(document, "terima")).isEqualTo("2 jam");
    // a file that lists no incoming or outgoing flows on its nodes is drawn from the flows themselves
    assertThat(symbol(document, "terima")).isEqualTo("terminator");
    assertThat(XPATH.evaluate("count(//tr[@data-activity='siapkan']/td[@data-panah-dari])", document)).isEqualTo("1");
    assertThat(waktu(document, "berkasSusulan")).isEqualTo("Menunggu pemohon (tidak dihitung dalam waktu layanan)");
    assertThat(XPATH.evaluate("//tr[@data-activity='berkasSusulan']/td[2]", document)).isEqualTo("Menunggu pemohon");
    assertThat(XPATH.evaluate("//tr[@data-activity='berkasSusulan']//*[@data-symbol]/@data-symbol", document))
        .isEqualTo("proses");
    assertThat(waktu(document, "siapkan")).isEqualTo("1 hari kerja sebelum tanggal acara");
    assertThat(waktu(document, "siarkan")).isEqualTo("Paling lambat pada tanggal acara");
    assertThat(waktu(document, "ulang")).isEqualTo("2 jam (24 jam)");
    // a model that no approval has numbered yet does not look signed
    assertThat(text(document, "//*[@data-field='nomor']")).isEqualTo("belum disahkan");
    assertThat(text(document, "//*[@data-field='tanggal-efektif']")).isEqualTo("belum disahkan");
    assertThat(text(document, "//*[@data-field='disahkan-oleh']")).startsWith("belum disahkan");
  }

  private static String waktu(Document document, String activityId) throws Exception {
    return XPATH.evaluate("//tr[@data-activity='" + activityId + "']/td[last()-2]", document);
  }

  @Test
  void decisionsAreDiamondsAndTheFirstAndLastActivitiesAreTerminators() throws Exception {
    Document document = document(KEY);
    Element decision = (Element) XPATH.evaluate("//tr[@data-activity='gw-lengkap']", document, XPathConstants.NODE);
    assertThat(XPATH.evaluate(".//*[@data-symbol]/@data-symbol", decision)).isEqualTo("keputusan");
    assertThat(XPATH.evaluate(".//*[@data-label-turun]", decision)).as("the short branch, drawn down")
        .isEqualTo("Tidak lengkap");
    assertThat(XPATH.evaluate(".//*[@data-konektor-ke]/following-sibling::*[1]", decision))
        .as("the main path continued by a connector").isEqualTo("Lengkap");
    assertThat(XPATH.evaluate("count(//tr[@data-activity='permohonan-diterima'])", document))
        .as("no row of its own for the start event").isEqualTo("0");
    assertThat(XPATH.evaluate("count(//tr[@data-activity='informasi-diberikan'])", document)).isEqualTo("0");
    assertThat(symbol(document, "registrasi-permohonan")).as("the first activity").isEqualTo("terminator");
    assertThat(symbol(document, "periksa-kelengkapan")).isEqualTo("proses");
    assertThat(symbol(document, "beritahu-tidak-lengkap")).as("a last activity").isEqualTo("terminator");
    assertThat(symbol(document, "serahkan-informasi")).as("a last activity").isEqualTo("terminator");
    assertThat(XPATH.evaluate("//tr[@data-activity='registrasi-permohonan']/td[last()-1]", document))
        .isEqualTo("Nomor registrasi dan tanda bukti permohonan");
  }

  @Test
  void theSourcesOfTheStandardTimesArePrintedOnceBelowTheTable() throws Exception {
    Document document = document("tik-hosting-subdomain");
    NodeList sources = (NodeList) XPATH.evaluate("//section[@class='sumber-waktu']//li", document, XPathConstants.NODESET);
    assertThat(sources.getLength()).isPositive();
    assertThat(sources.item(0).getTextContent()).startsWith("Baris ")
        .endsWith(": Ditetapkan Diskominfo Kota Probolinggo; belum ada standar terbit untuk langkah ini");
    assertThat(XPATH.evaluate("count(//tr[contains(., 'belum ada standar terbit')])", document))
        .as("not repeated in the Keterangan column").isEqualTo("0");
  }

  @Test
  void rowsFollowTheProcedureAsAnOfficerWritesIt() throws Exception {
    assertThat(activityRows(document(KEY))).as("a decision's short branch right after it")
        .containsSubsequence("periksa-kelengkapan", "gw-lengkap", "beritahu-tidak-lengkap", "telusuri-informasi");
    assertThat(activityRows(document("tik-gangguan-jaringan"))).as("a step after every step that leads to it")
        .containsSubsequence("gw-ganti", "ganti-perangkat", "verifikasi-pulih");
  }

  private static List<String> activityRows(Document document) throws Exception {
    NodeList rows = (NodeList) XPATH.evaluate(ROWS, document, XPathConstants.NODESET);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < rows.getLength(); i++) {
      ids.add(((Element) rows.item(i)).getAttribute("data-activity"));
    }
    return ids;
  }

  private static String symbol(Document document, String activityId) throws Exception {
    return XPATH.evaluate("//tr[@data-activity='" + activityId + "']//*[@data-symbol]/@data-symbol", document);
  }

  /**
   * Every catalogue document: a row comes after every row that leads to it (rework loops aside),
   * the first activity and every one that ends the procedure carry the terminator, no start or
   * end event has a row, and the dates of the identity are Indonesian.
   */
  @Test
  void everyCatalogueDocumentIsWrittenAsAnOfficerWouldSignIt() throws Exception {
    List<ProcessDefinition> catalogue = ENGINE.getRepositoryService().createProcessDefinitionQuery().latestVersion().list();
    assertThat(catalogue).hasSizeGreaterThanOrEqualTo(14);
    // the models other tests of this class deploy are named sop-*
    for (ProcessDefinition definition : catalogue.stream().filter(d -> !d.getKey().startsWith("sop-")).toList()) {
      var model = ENGINE.getRepositoryService().getBpmnModelInstance(definition.getId());
      List<FlowchartRows.Row> rows = FlowchartRows.of(SopReader.of(
          (org.camunda.bpm.model.bpmn.instance.Process) model.getModelElementById(definition.getKey())));
      for (FlowchartRows.Row row : rows) {
        for (FlowchartRows.Next next : row.next()) {
          if (!reaches(rows, next.row(), row.number())) { // not a flow back into a loop
            assertThat(next.row()).as("%s: row %d leads to row %d", definition.getKey(), row.number(), next.row())
                .isGreaterThan(row.number());
          }
        }
        if (row.next().isEmpty() || row.number() == 1) {
          assertThat(row.symbol()).as("%s row %d (%s)", definition.getKey(), row.number(), row.id())
              .isEqualTo(FlowchartRows.Symbol.TERMINATOR);
        }
        assertThat((Object) model.getModelElementById(row.id())).as("%s row %d", definition.getKey(), row.number())
            .isNotInstanceOf(org.camunda.bpm.model.bpmn.instance.StartEvent.class)
            .isNotInstanceOf(org.camunda.bpm.model.bpmn.instance.EndEvent.class);
      }
      Document document = document(definition.getKey());
      for (String date : List.of("tanggal-pembuatan", "tanggal-revisi", "tanggal-efektif")) {
        assertThat(text(document, "//*[@data-field='" + date + "']")).as("%s %s", definition.getKey(), date)
            .matches("-|belum disahkan|\\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \\d{4}");
      }
    }
  }

  /** Whether row {@code to} can be reached from row {@code from} along the rows' flows. */
  private static boolean reaches(List<FlowchartRows.Row> rows, int from, int to) {
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    java.util.Deque<Integer> queue = new java.util.ArrayDeque<>(List.of(from));
    while (!queue.isEmpty()) {
      int row = queue.poll();
      if (row == to) {
        return true;
      }
      if (seen.add(row)) {
        rows.get(row - 1).next().forEach(next -> queue.add(next.row()));
      }
    }
    return false;
  }

  @Test
  void everyFlowBetweenRowsIsAnArrowOrAPairOfConnectorsAndPagesBreakAtConnectors() throws Exception {
    List<ProcessDefinition> catalogue = ENGINE.getRepositoryService().createProcessDefinitionQuery().latestVersion().list();
    assertThat(catalogue).hasSizeGreaterThanOrEqualTo(14);
    for (SopDefinition sop : catalogue.stream().map(definition -> sop(definition.getKey())).toList()) {
      ProcessDefinition definition = definition(sop.key());
      var model = ENGINE.getRepositoryService().getBpmnModelInstance(definition.getId());
      List<FlowchartRows.Row> rows = FlowchartRows.of(SopReader.of((org.camunda.bpm.model.bpmn.instance.Process) model.getModelElementById(sop.key())));
      Document document = document(sop.key());
      for (FlowchartRows.Row row : rows) {
        for (FlowchartRows.Next next : row.next()) {
          String arrow = "count(" + rowXpath(next.row()) + "/td[@data-panah-dari='" + row.number() + "'])";
          String out = "count(" + rowXpath(row.number()) + "//*[@data-konektor-ke='" + next.row() + "'])";
          String in = "count(" + rowXpath(next.row()) + "//*[@data-konektor-dari='" + row.number() + "'])";
          boolean drawn = next.row() == row.number() + 1 && !FlowchartLines.startsPage(row.number());
          assertThat(List.of(XPATH.evaluate(arrow, document), XPATH.evaluate(out, document),
              XPATH.evaluate(in, document).equals("0") ? "0" : "1"))
              .as("%s: %d to %d", sop.key(), row.number(), next.row())
              .isEqualTo(drawn ? List.of("1", "0", "0") : List.of("0", "1", "1"));
        }
      }
      NodeList pageStarts = (NodeList) XPATH.evaluate(ROWS + "[contains(@class, 'halaman-baru')]", document,
          XPathConstants.NODESET);
      assertThat(pageStarts.getLength()).as("%s pages", sop.key())
          .isEqualTo((rows.size() - 1) / FlowchartLines.ROWS_PER_PAGE);
    }
  }

  private static String rowXpath(int number) {
    return "(" + ROWS + ")[" + number + "]";
  }

  private static void assertSymbolInLane(Element row, SopStep step) {
    try {
      NodeList cells = (NodeList) XPATH.evaluate("td[@data-lane]", row, XPathConstants.NODESET);
      for (int i = 0; i < cells.getLength(); i++) {
        Element cell = (Element) cells.item(i);
        boolean hasSymbol = (Boolean) XPATH.evaluate("boolean(.//*[@data-symbol])", cell, XPathConstants.BOOLEAN);
        assertThat(hasSymbol).as("symbol of %s in column %s", step.activityId(), cell.getAttribute("data-lane"))
            .isEqualTo(cell.getAttribute("data-lane").equals(step.role()));
      }
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static String text(Document document, String xpath) throws Exception {
    return XPATH.evaluate(xpath, document).trim();
  }

  private static SopDefinition sop(String key) {
    ProcessDefinition definition = definition(key);
    return SopModels.of(ENGINE.getRepositoryService(), definition.getId()).orElseThrow();
  }

  private static ProcessDefinition definition(String key) {
    return ENGINE.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
        .singleResult();
  }

  private static Document document(String key) throws Exception {
    ProcessDefinition definition = definition(key);
    String html = SopDocument.render(sop(key), definition.getVersion(),
        ENGINE.getRepositoryService().getBpmnModelInstance(definition.getId()), null,
        SERVICES.carriedOutBy(key).stream().map(StandarPelayanan::nama).toList());
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }
}

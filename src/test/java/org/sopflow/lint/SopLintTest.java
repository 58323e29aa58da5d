package org.sopflow.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sopflow.SopTestEngine;
import org.sopflow.TestModels;
import org.sopflow.model.ServiceStandards;
import org.sopflow.model.StandarPelayanan;

class SopLintTest {

  private static final String PPID = "pip/pip-permohonan-informasi.bpmn";
  private final SopLint lint = SopTestEngine.lint();

  @AfterEach
  void deleteDeployments() {
    RepositoryService repository = SopTestEngine.shared().getRepositoryService();
    SopTestEngine.deleteDeployments(repository);
  }

  @Test
  void theWholeCatalogueIsClean() {
    assertThat(lint.lintFolder(SopTestEngine.PROCESSES)).isEmpty();
  }

  @Test
  void aMinimalModelGetsWarningsForWhatItsDocumentAndTasklistWouldMiss() {
    List<Finding> findings = lint(TestModels.sop("sop-minimal").lane("ppid", "PPID").task("periksa", "ppid").xml());

    assertThat(findings).allMatch(finding -> !finding.isError());
    assertThat(rules(findings)).containsExactlyInAnyOrder(LintRule.IDENTITY_MISSING, LintRule.STEP_WITHOUT_OUTPUT,
        LintRule.TASK_WITHOUT_FORM, LintRule.DIAGRAM_SHAPE_MISSING);
    assertThat(find(findings, LintRule.IDENTITY_MISSING).message()).contains("sop.bidang", "sop.waktu-layanan")
        .as("an approval gives it").doesNotContain("sop.nomor");
    assertThat(find(findings, LintRule.STEP_WITHOUT_OUTPUT).toString())
        .isEqualTo("WARNING bidang/sop.bpmn, userTask 'periksa' (\"Langkah periksa\"): has no sop.output;"
            + " say what the step delivers [STEP_WITHOUT_OUTPUT]");
  }

  @Test
  void eachErrorRuleNamesItsElement() {
    assertFinds(TestModels.sop("s").lane("humas", "Humas").task("a", "humas"), LintRule.LANE_ROLE_UNKNOWN, "humas");
    assertFinds(TestModels.sop("s").lane("ppid", "PPID").task("a", "ppid").task("b", null), LintRule.TASK_OUTSIDE_LANE, "b");
    assertFinds(TestModels.sop("s").lane("ppid", "PPID").task("a", "ppid").withoutWaktu("a"), LintRule.STEP_WITHOUT_WAKTU, "a");
    assertFinds(TestModels.sop("s").lane("ppid", "PPID").task("a", "ppid").taskProperty("a", "sop.waktu", "dua hari"),
        LintRule.DURATION_UNREADABLE, "a");
    assertFinds(TestModels.sop("s").processProperty("sop.waktu-layanan", "segera").lane("ppid", "PPID").task("a", "ppid"),
        LintRule.DURATION_UNREADABLE, "s");
    assertFinds(TestModels.sop("s").processProperty("sop.jenis", "campuran").lane("ppid", "PPID").task("a", "ppid"),
        LintRule.VALUE_UNKNOWN, "s");
    assertFinds(TestModels.sop("s").processProperty("sop.kalender", "bulan").lane("ppid", "PPID").task("a", "ppid"),
        LintRule.VALUE_UNKNOWN, "s");
    assertFinds(TestModels.sop("s").processProperty("sop.jenis", "teknis").lane("ppid", "PPID").lane("atasan-ppid", "Atasan")
        .task("a", "ppid").task("b", "atasan-ppid"), LintRule.TEKNIS_SEVERAL_LANES, "s");
    assertFinds(TestModels.sop("s").lane("ppid", "PPID").task("a", "ppid").taskAttributes("a", "camunda:formRef=\"form-tiada\""),
        LintRule.FORM_NOT_FOUND, "a");
  }

  @Test
  void theApplicantsTimeAndADateOfTheRequestNeedNoWaktuButTheirValuesAreChecked() {
    assertThat(lint(TestModels.sop("s").lane("ppid", "PPID").task("a", "ppid").withoutWaktu("a")
        .taskProperty("a", "sop.menunggu-pemohon", "true").task("b", "ppid").withoutWaktu("b")
        .taskProperty("b", "sop.tenggat-dari", "tanggalAcara").taskProperty("b", "sop.kalender", "24-jam").xml()))
        .extracting(Finding::rule).doesNotContain(LintRule.STEP_WITHOUT_WAKTU, LintRule.VALUE_UNKNOWN,
            LintRule.WAITING_STEP_WITH_WAKTU, LintRule.PROPERTY_UNKNOWN);
    assertFinds(TestModels.sop("s").lane("ppid", "PPID").task("a", "ppid").taskProperty("a", "sop.menunggu-pemohon", "true"),
        LintRule.WAITING_STEP_WITH_WAKTU, "a");
    assertFinds(TestModels.sop("s").lane("ppid", "PPID").task("a", "ppid").taskProperty("a", "sop.menunggu-pemohon", "ya"),
        LintRule.VALUE_UNKNOWN, "a");
    assertFinds(TestModels.sop("s").lane("ppid", "PPID").task("a", "ppid").taskProperty("a", "sop.kalender", "setiap-hari"),
        LintRule.VALUE_UNKNOWN, "a");
    assertFinds(TestModels.sop("s").lane("ppid", "PPID").task("a", "ppid").taskProperty("a", "sop.tenggat-dari", "tanggal acara"),
        LintRule.VALUE_UNKNOWN, "a");
    assertFinds(TestModels.sop("s").lane("ppid", "PPID").task("a", "ppid").withoutWaktu("a")
        .taskProperty("a", "sop.menunggu-pemohon", "true").taskProperty("a", "sop.tenggat-dari", "tanggalAcara"),
        LintRule.VALUE_UNKNOWN, "a");
    // the applicant's time is no part of the longest path, even with a (warned) waktu
    assertThat(rules(lint(TestModels.sop("s").processProperty("sop.waktu-layanan", "1 hari kerja").lane("ppid", "PPID")
        .task("a", "ppid").applicantMessage("berkas", "ppid").task("w", "ppid").taskProperty("w", "sop.waktu", "2 jam")
        .taskProperty("w", "sop.menunggu-pemohon", "true").xml())))
        .contains(LintRule.WAITING_STEP_WITH_WAKTU).doesNotContain(LintRule.SERVICE_TIME_EXCEEDED);
  }

  @Test
  void flowsThatMeetWithoutAGatewayAreNamed() {
    String xml = TestModels.sop("s").lane("ppid", "PPID").task("a", "ppid").task("b", "ppid").xml()
        .replace("</bpmn:process>", "<bpmn:sequenceFlow id=\"f-lagi\" sourceRef=\"a\" targetRef=\"b\" /></bpmn:process>");
    assertThat(lint(xml)).filteredOn(finding -> finding.rule() == LintRule.IMPLICIT_JOIN).singleElement()
        .satisfies(finding -> {
          assertThat(finding.elementId()).isEqualTo("b");
          assertThat(finding.message()).contains("2 flows enter it without a gateway");
        });
  }

  @Test
  void standarPelayananFilesAreCheckedWithTheirFolder(@TempDir Path folder) throws IOException {
    Files.writeString(folder.resolve("s.bpmn"), TestModels.sop("s").processProperty("sop.waktu-layanan", "15 hari kerja")
        .lane("ppid", "PPID").task("a", "ppid").xml());
    Path standards = Files.createDirectories(folder.resolve("standar-pelayanan"));
    String components = StandarPelayanan.COMPONENTS.stream().filter(name -> !name.equals("jangka-waktu"))
        .map(name -> name + ": tidak dipublikasikan\n").collect(java.util.stream.Collectors.joining());
    Files.writeString(standards.resolve("lambat.yaml"), "nama: Layanan uji\nsop: [s]\njangka-waktu: 10 hari kerja\n" + components);
    Files.writeString(standards.resolve("tiada.yaml"), "nama: Layanan lain\nsop: [tiada]\njangka-waktu: tidak dipublikasikan\n" + components);
    Files.writeString(standards.resolve("waktu.yaml"), "nama: Layanan cepat\nsop: []\njangka-waktu: segera\n" + components);
    Files.writeString(standards.resolve("rusak.yaml"), "nama: [tidak ditutup\n");
    Files.writeString(standards.resolve("kurang.yaml"), "nama: Layanan baru\nsop: []\n");

    List<Finding> findings = lint.lintFolder(folder);

    assertThat(findings).filteredOn(f -> f.file().startsWith("standar-pelayanan/")).extracting(Finding::toString)
        .anySatisfy(f -> assertThat(f).contains("standar-pelayanan/lambat.yaml", "'15 hari kerja'", "'10 hari kerja'",
            "[SOP_SLOWER_THAN_SP]"))
        .anySatisfy(f -> assertThat(f).contains("standar-pelayanan/tiada.yaml, field 'sop'", "'tiada'", "[SP_SOP_UNKNOWN]"))
        .anySatisfy(f -> assertThat(f).contains("standar-pelayanan/waktu.yaml, field 'jangka-waktu'", "'segera'",
            "[DURATION_UNREADABLE]"))
        .anySatisfy(f -> assertThat(f).startsWith("ERROR standar-pelayanan/rusak.yaml: not valid YAML").contains("[SP_UNREADABLE]"))
        .anySatisfy(f -> assertThat(f).startsWith("WARNING standar-pelayanan/kurang.yaml, field 'persyaratan'")
            .contains("tidak dipublikasikan", "[SP_COMPONENT_MISSING]"));
    assertThat(findings).filteredOn(f -> f.file().equals("standar-pelayanan/kurang.yaml")).hasSize(14);
  }

  @Test
  void anSopKnownOnlyAsASignedDocumentMayCarryOutAServiceAndABadEntryIsNamed(@TempDir Path folder) throws IOException {
    Path standards = Files.createDirectories(folder.resolve("standar-pelayanan"));
    String components = StandarPelayanan.COMPONENTS.stream().map(name -> name + ": tidak dipublikasikan\n")
        .collect(java.util.stream.Collectors.joining());
    Files.writeString(standards.resolve("arsip.yaml"), "nama: Layanan arsip\nsop: [sek-arsip]\n" + components);
    Files.writeString(folder.resolve("sop-dokumen.yaml"), """
        dokumen:
          - {key: sek-arsip, nomor: "800/01/425.116/2023", nama: Pengelolaan Arsip, bidang: Sekretariat,
             tanggal-efektif: 2023-10-02, tanggal-revisi: "-"}
          - {key: sek-surat, nomor: "800/02/425.116/2023", nama: Surat Masuk, bidang: Sekretariat,
             tanggal-efektif: 2 Oktober 2023}
        """);

    List<Finding> findings = lint.lintFolder(folder);

    assertThat(findings).extracting(Finding::rule).doesNotContain(LintRule.SP_SOP_UNKNOWN);
    assertThat(findings).filteredOn(f -> f.rule() == LintRule.SP_UNREADABLE).singleElement().asString()
        .contains("sop-dokumen.yaml, field 'dokumen[1].tanggal-efektif'", "'2 Oktober 2023' is not a date");
    assertThat(ServiceStandards.read(folder.toUri().toString()).documentOnly()).singleElement()
        .satisfies(sop -> assertThat(sop.tanggalEfektif()).hasToString("2023-10-02"));
  }

  @Test
  void anEndEventNamesOneOfTheKnownOutcomes() {
    String xml = TestModels.sop("sop-akhir").lane("ppid", "PPID").task("a", "ppid").xml()
        .replace("<bpmn:endEvent id=\"end\" />", "<bpmn:endEvent id=\"end\"><bpmn:extensionElements><camunda:properties>"
            + "<camunda:property name=\"sop.status\" value=\"batal\" /></camunda:properties></bpmn:extensionElements>"
            + "</bpmn:endEvent>");
    assertThat(lint(xml)).filteredOn(finding -> finding.rule() == LintRule.VALUE_UNKNOWN).singleElement()
        .satisfies(finding -> assertThat(finding.message()).contains("sop.status 'batal'", "selesai, ditolak, dikembalikan"));
  }

  @Test
  void anEngineRefusesAStepPropertyItCannotRead() {
    ProcessEngine engine = SopTestEngine.shared();
    String bad = TestModels.sop("sop-kalender").lane("ppid", "PPID").task("a", "ppid")
        .taskProperty("a", "sop.kalender", "setiap-hari").xml();
    assertThatThrownBy(() -> engine.getRepositoryService().createDeployment().addString("sop-kalender.bpmn", bad).deploy())
        .isInstanceOf(ParseException.class).hasMessageContaining("sop.kalender 'setiap-hari'")
        .hasMessageContaining("'a'");
    assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isZero();
  }

  @Test
  void warningRulesCatchTyposContradictionsAndAnSopSlowerThanItsServiceStandard() {
    assertFinds(TestModels.sop("s").lane("ppid", "PPID").task("a", "ppid").taskProperty("a", "sop.outptu", "Surat"),
        LintRule.PROPERTY_UNKNOWN, "a");
    assertFinds(TestModels.sop("s").lane("ppid", "PPID").task("a", "ppid")
        .taskAttributes("a", "camunda:candidateGroups=\"atasan-ppid\""), LintRule.CANDIDATE_GROUP_CONTRADICTS_LANE, "a");
    Finding slow = assertFinds(TestModels.sop("s").processProperty("sop.waktu-layanan", "1 hari kerja")
        .lane("ppid", "PPID").task("a", "ppid").task("b", "ppid").taskProperty("b", "sop.waktu", "2 jam"),
        LintRule.SERVICE_TIME_EXCEEDED, "s");
    assertThat(slow.message()).contains("Langkah a → Langkah b").contains("takes 1 hari kerja 2 jam")
        .contains("sop.waktu-layanan '1 hari kerja'");
    assertThat(rules(lint(TestModels.sop("s").processProperty("sop.waktu-layanan", "2 hari kerja")
        .lane("ppid", "PPID").task("a", "ppid").task("b", "ppid").xml()))).doesNotContain(LintRule.SERVICE_TIME_EXCEEDED);
    // a path through the step of a kind of request is held to that kind's standard
    assertThat(rules(lint(TestModels.sop("s").processProperty("sop.waktu-layanan", "2 hari kerja").lane("ppid", "PPID")
        .task("a", "ppid").task("b", "ppid").taskProperty("b", "sop.waktu", "14 hari kerja")
        .taskProperty("b", "sop.waktu-layanan", "15 hari kerja").xml()))).doesNotContain(LintRule.SERVICE_TIME_EXCEEDED);
    Finding kind = assertFinds(TestModels.sop("s").processProperty("sop.waktu-layanan", "2 hari kerja").lane("ppid", "PPID")
        .task("a", "ppid").task("b", "ppid").taskProperty("b", "sop.waktu", "14 hari kerja")
        .taskProperty("b", "sop.waktu-layanan", "10 hari kerja"), LintRule.SERVICE_TIME_EXCEEDED, "s");
    assertThat(kind.message()).contains("more than sop.waktu-layanan '10 hari kerja'");
    // a rework branch that only leads back into the loop is no way to the end
    String rework = TestModels.sop("s").processProperty("sop.waktu-layanan", "2 hari kerja").lane("ppid", "PPID")
        .task("a", "ppid").task("b", "ppid").xml().replace("</bpmn:process>",
            "<bpmn:userTask id=\"ulang\" name=\"Ulang\"><bpmn:extensionElements><camunda:properties>"
            + "<camunda:property name=\"sop.waktu\" value=\"3 hari kerja\" /></camunda:properties></bpmn:extensionElements>"
            + "</bpmn:userTask><bpmn:sequenceFlow id=\"f-b-ulang\" sourceRef=\"b\" targetRef=\"ulang\" />"
            + "<bpmn:sequenceFlow id=\"f-ulang-a\" sourceRef=\"ulang\" targetRef=\"a\" /></bpmn:process>");
    assertThat(rules(lint(rework))).doesNotContain(LintRule.SERVICE_TIME_EXCEEDED);
  }

  @Test
  void aFormShowingAnotherStandardThanItsStepIsNamed() {
    String xml = TestModels.sop("s").lane("ppid", "PPID").task("a", "ppid")
        .taskAttributes("a", "camunda:formRef=\"form-a\" camunda:formRefBinding=\"latest\"")
        .taskProperty("a", "sop.waktu", "2 jam").taskProperty("a", "sop.output", "Surat jawaban").xml();
    String stale = "{\"id\": \"form-a\", \"components\": [{\"type\": \"text\", \"text\":"
        + " \"### Langkah a\\n\\n**Waktu standar:** 1 jam  \\n**Output:** Surat jawaban\"}]}";
    String none = "{\"id\": \"form-a\", \"components\": [{\"type\": \"textfield\", \"key\": \"x\"}]}";
    String agreeing = stale.replace("1 jam", "2 jam");

    assertThat(formFindings(xml, stale)).singleElement().satisfies(finding -> assertThat(finding.message())
        .contains("form 'form-a' shows Waktu standar \"1 jam\" but sop.waktu is \"2 jam\""));
    assertThat(formFindings(xml, none)).singleElement()
        .satisfies(finding -> assertThat(finding.message()).contains("does not show the standard time"));
    assertThat(formFindings(xml, agreeing)).isEmpty();
  }

  private List<Finding> formFindings(String xml, String form) {
    return lint.lintModel("s.bpmn", xml.getBytes(StandardCharsets.UTF_8),
            id -> Optional.of(form.getBytes(StandardCharsets.UTF_8))).stream()
        .filter(finding -> finding.rule() == LintRule.FORM_STANDARD_STALE).toList();
  }

  @Test
  void aShapeRemovedFromTheDiagramIsNamed() throws IOException {
    String ppid = Files.readString(SopTestEngine.PROCESSES.resolve(PPID));
    String withoutShape = ppid.replaceAll("<bpmndi:BPMNShape id=\"uji-konsekuensi_di\".*?</bpmndi:BPMNShape>", "");

    List<Finding> findings = lint.lintModel(PPID, withoutShape.getBytes(StandardCharsets.UTF_8),
        id -> Optional.of(new byte[0]));

    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.rule()).isEqualTo(LintRule.DIAGRAM_SHAPE_MISSING);
      assertThat(finding.elementId()).isEqualTo("uji-konsekuensi");
      assertThat(finding.elementName()).isEqualTo("Uji konsekuensi dan penetapan keputusan");
    });
  }

  @Test
  void unreadableFilesAndDoctypesAreErrors() {
    assertThat(lint.lintModel("rusak.bpmn", "<bpmn:definitions xmlns:bpmn=\"".getBytes(StandardCharsets.UTF_8), null))
        .singleElement().satisfies(finding -> assertThat(finding.toString()).startsWith("ERROR rusak.bpmn: not a valid BPMN"));
    String doctype = "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
        + TestModels.sop("s").lane("ppid", "&e;").task("a", "ppid").xml().replaceFirst("<\\?xml[^>]*\\?>", "");
    assertThat(lint.lintModel("xxe.bpmn", doctype.getBytes(StandardCharsets.UTF_8), null))
        .singleElement().satisfies(finding -> assertThat(finding.message()).contains("DOCTYPE"));
  }

  @Test
  void errorsRefuseTheDeploymentWithEveryFindingAndWarningsDoNot() {
    ProcessEngine engine = SopTestEngine.shared();
    String bad = TestModels.sop("sop-lint").lane("humas", "Humas").task("a", "humas").withoutWaktu("a").xml();

    assertThatThrownBy(() -> engine.getRepositoryService().createDeployment().addString("pkp/sop-lint.bpmn", bad).deploy())
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("SOP lint refused deployment")
        .hasMessageContaining("2 error(s)")
        .hasMessageContaining("ERROR pkp/sop-lint.bpmn, lane 'humas' (\"Humas\")")
        .hasMessageContaining("[STEP_WITHOUT_WAKTU]")
        .satisfies(e -> assertThat(((ParseException) e).getResorceReports().get(0).getErrors())
            .extracting(problem -> problem.getMainElementId()).containsExactly("humas", "a"));
    assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isZero();

    engine.getRepositoryService().createDeployment()
        .addString("sop-lint.bpmn", TestModels.sop("sop-lint").lane("ppid", "PPID").task("a", "ppid").xml()).deploy();
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("sop-lint").count()).isOne();
  }

  @Test
  void aFormRefIsFoundInTheDeploymentOrAmongFormsDeployedBefore() {
    RepositoryService repository = SopTestEngine.shared().getRepositoryService();
    String form = "{\"id\": \"form-uji\", \"type\": \"default\", \"schemaVersion\": 16, \"components\": []}";
    String model = TestModels.sop("sop-form").lane("ppid", "PPID").task("a", "ppid")
        .taskAttributes("a", "camunda:formRef=\"form-uji\" camunda:formRefBinding=\"latest\"").xml();

    assertThatThrownBy(() -> repository.createDeployment().addString("sop-form.bpmn", model).deploy())
        .hasMessageContaining("[FORM_NOT_FOUND]");
    repository.createDeployment().addString("form-uji.form", form).deploy();
    repository.createDeployment().addString("sop-form.bpmn", model).deploy();
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("sop-form").count()).isOne();
  }

  @Test
  void theCommandLintsAFolderAndFailsOnErrors(@TempDir Path folder) throws IOException {
    Files.copy(SopTestEngine.PROCESSES.resolve("roles.yaml"), folder.resolve("roles.yaml"));
    Files.createDirectories(folder.resolve("pkp"));
    Files.writeString(folder.resolve("pkp/satu.form"), "{\"id\": \"form-sama\"}");
    Files.writeString(folder.resolve("pkp/dua.form"), "{\"id\": \"form-sama\"}");
    Files.writeString(folder.resolve("pkp/sop.bpmn"),
        TestModels.sop("sop-cli").lane("ppid", "PPID").task("a", "ppid").taskProperty("a", "sop.waktu", "kapan-kapan").xml());

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit = LintCommand.run(folder, new PrintStream(out, true, StandardCharsets.UTF_8));

    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(exit).isEqualTo(1);
    assertThat(printed).contains("ERROR pkp/sop.bpmn, userTask 'a' (\"Langkah a\"): sop.waktu 'kapan-kapan'")
        .contains("[DURATION_UNREADABLE]")
        .contains("ERROR pkp/satu.form: form id 'form-sama' is also the id of pkp/dua.form")
        .contains("2 error(s)");

    ByteArrayOutputStream clean = new ByteArrayOutputStream();
    assertThat(LintCommand.run(SopTestEngine.PROCESSES, new PrintStream(clean, true, StandardCharsets.UTF_8))).isZero();
    assertThat(clean.toString(StandardCharsets.UTF_8)).contains("0 error(s), 0 warning(s)");
    assertThat(LintCommand.run(folder.resolve("tiada"), new PrintStream(new ByteArrayOutputStream()))).isEqualTo(2);
  }

  private Finding assertFinds(TestModels model, LintRule rule, String elementId) {
    List<Finding> findings = lint(model.xml());
    Finding finding = find(findings, rule);
    assertThat(finding.elementId()).as("element of %s", rule).isEqualTo(elementId);
    assertThat(finding.severity()).isEqualTo(rule.severity());
    return finding;
  }

  private List<Finding> lint(String xml) {
    return lint.lintModel("bidang/sop.bpmn", xml.getBytes(StandardCharsets.UTF_8), id -> Optional.empty());
  }

  private static Finding find(List<Finding> findings, LintRule rule) {
    return findings.stream().filter(finding -> finding.rule() == rule).findFirst()
        .orElseThrow(() -> new AssertionError("no " + rule + " in " + findings));
  }

  private static List<LintRule> rules(List<Finding> findings) {
    return findings.stream().map(Finding::rule).toList();
  }
}

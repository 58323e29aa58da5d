package org.sopflow.processes.pip;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sopflow.SopTestEngine;
import org.sopflow.engine.SopModels;
import org.sopflow.model.SopStep;

/** Every path of the SOP Pelayanan Permohonan Informasi Publik, with the role of each step. */
class PermohonanInformasiProcessTest {

  private static final String PETUGAS = "ppid-petugas";
  private static final String PPID = "ppid";
  private static final String UNIT = "ppid-pembantu";

  private final ProcessEngine engine = SopTestEngine.shared();
  private final RepositoryService repository = engine.getRepositoryService();
  private ProcessInstance request;

  @BeforeEach
  void deployAndStart() {
    BpmnAwareTests.init(engine);
    SopTestEngine.addFolder(repository.createDeployment(), "pip").deploy();
    request = runtimeService().startProcessInstanceByKey("pip-permohonan-informasi", "REG-001");
    completeStep("registrasi-permohonan", PETUGAS, "namaPemohon", "Siti Aminah", "rincianInformasi",
        "Daftar titik hotspot publik 2026", "caraMemperoleh", "salinan");
  }

  @AfterEach
  void deleteDeployments() {
    SopTestEngine.deleteDeployments(repository);
    BpmnAwareTests.reset();
  }

  @Test
  void openInformationIsGivenWithinTheStandardPath() {
    completeStep("periksa-kelengkapan", PPID, "hasilPemeriksaan", "lengkap");
    completeStep("telusuri-informasi", UNIT, "usulPerpanjangan", "tidak", "ringkasanInformasi", "Ada di bidang TIK");
    completeStep("telaah-penelusuran", PPID, "informasiDikuasai", "ya", "perpanjangan", "tidak");
    completeStep("uji-konsekuensi", PPID, "keputusan", "terbuka");
    completeStep("susun-pemberitahuan", PPID, "nomorSuratPemberitahuan", "480/12/2026");
    completeStep("serahkan-informasi", PETUGAS, "caraPenyerahan", "surel");

    assertThat(request).isEnded().hasPassed("informasi-diberikan").hasNotPassed("pemberitahuan-perpanjangan");
  }

  @Test
  void partlyOpenInformationIsGivenTheSameWay() {
    completeStep("periksa-kelengkapan", PPID, "hasilPemeriksaan", "lengkap");
    completeStep("telusuri-informasi", UNIT, "usulPerpanjangan", "tidak");
    completeStep("telaah-penelusuran", PPID, "informasiDikuasai", "ya", "perpanjangan", "tidak");
    completeStep("uji-konsekuensi", PPID, "keputusan", "terbuka-sebagian", "dasarPengecualian", "Pasal 17 huruf h");
    completeStep("susun-pemberitahuan", PPID);
    completeStep("serahkan-informasi", PETUGAS);

    assertThat(request).isEnded().hasPassed("informasi-diberikan");
  }

  @Test
  void anIncompleteRequestIsReturnedToTheApplicant() {
    completeStep("periksa-kelengkapan", PPID, "hasilPemeriksaan", "tidak-lengkap", "catatanKekurangan", "KTP");
    completeStep("beritahu-tidak-lengkap", PETUGAS, "caraPemberitahuan", "telepon");

    assertThat(request).isEnded().hasPassed("permohonan-dikembalikan").hasNotPassed("telusuri-informasi");
  }

  @Test
  void exemptInformationIsRefusedByTheDecisionOfThePpid() {
    completeStep("periksa-kelengkapan", PPID, "hasilPemeriksaan", "lengkap");
    completeStep("telusuri-informasi", UNIT, "usulPerpanjangan", "tidak");
    completeStep("telaah-penelusuran", PPID, "informasiDikuasai", "ya", "perpanjangan", "tidak");
    completeStep("uji-konsekuensi", PPID, "keputusan", "dikecualikan", "dasarPengecualian", "Pasal 17 huruf a");
    completeStep("tetapkan-penolakan", PPID, "nomorSuratKeputusan", "SK-PPID/3/2026");
    completeStep("sampaikan-penolakan", PETUGAS, "caraPenyampaian", "langsung");

    assertThat(request).isEnded().hasPassed("permohonan-ditolak").hasNotPassed("susun-pemberitahuan");
  }

  @Test
  void informationTheOfficeDoesNotHoldEndsWithAWrittenNotice() {
    completeStep("periksa-kelengkapan", PPID, "hasilPemeriksaan", "lengkap");
    completeStep("telusuri-informasi", UNIT, "usulPerpanjangan", "tidak", "ringkasanInformasi", "Dikuasai Dinas Kesehatan");
    completeStep("telaah-penelusuran", PPID, "informasiDikuasai", "tidak");
    completeStep("beritahu-tidak-dikuasai", PPID, "badanPublikPenguasa", "Dinas Kesehatan",
        "nomorSuratTidakDikuasai", "480/14/2026");

    assertThat(request).isEnded().hasPassed("informasi-tidak-dikuasai").hasNotPassed("uji-konsekuensi");
  }

  @Test
  void anExtensionProposedByTheUnitIsDecidedByThePpidAndAnnouncedBeforeTheDecision() {
    completeStep("periksa-kelengkapan", PPID, "hasilPemeriksaan", "lengkap");
    completeStep("telusuri-informasi", UNIT, "usulPerpanjangan", "ya", "alasanPerpanjangan", "Arsip di gudang");
    completeStep("telaah-penelusuran", PPID, "informasiDikuasai", "ya", "perpanjangan", "ya");
    completeStep("pemberitahuan-perpanjangan", PPID, "nomorSuratPerpanjangan", "480/13/2026");
    completeStep("uji-konsekuensi", PPID, "keputusan", "terbuka");
    completeStep("susun-pemberitahuan", PPID);
    completeStep("serahkan-informasi", PETUGAS);

    assertThat(request).isEnded().hasPassed("pemberitahuan-perpanjangan", "informasi-diberikan");
  }

  /** The step's Camunda Form tells staff what to bring and deliver, as the BPMN's mutu baku says. */
  private void assertFormShowsTheStandard(String activityId) {
    SopStep step = SopModels.of(repository, request.getProcessDefinitionId()).orElseThrow().step(activityId).orElseThrow();
    try (InputStream form = engine.getFormService().getDeployedTaskForm(task(request).getId())) {
      String content = new String(form.readAllBytes(), StandardCharsets.UTF_8);
      org.assertj.core.api.Assertions.assertThat(content).as("form of %s", activityId)
          .contains(step.waktu().text(), step.kelengkapan(), step.output());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts the instance waits at the step, offered to the step's lane role only, then completes it. */
  private void completeStep(String activityId, String role, Object... variables) {
    assertThat(request).isWaitingAtExactly(activityId);
    assertThat(task(request)).hasCandidateGroup(role).isNotAssigned();
    org.assertj.core.api.Assertions.assertThat(engine.getTaskService().getIdentityLinksForTask(task(request).getId())).hasSize(1);
    assertFormShowsTheStandard(activityId);
    if (variables.length == 0) {
      complete(task(request));
    } else {
      Object[] rest = java.util.Arrays.copyOfRange(variables, 2, variables.length);
      complete(task(request), withVariables((String) variables[0], variables[1], rest));
    }
  }
}

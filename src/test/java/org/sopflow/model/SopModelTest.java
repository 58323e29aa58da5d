package org.sopflow.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sopflow.SopTestEngine;
import org.sopflow.TestModels;
import org.sopflow.calendar.CalendarKind;
import org.sopflow.engine.SopModels;

class SopModelTest {

  private final ProcessEngine engine = SopTestEngine.shared();
  private final RepositoryService repository = engine.getRepositoryService();

  @AfterEach
  void deleteDeployments() {
    SopTestEngine.deleteDeployments(repository);
  }

  @Test
  void readsIdentityLanesAndStepsOfThePpidSopInFlowOrder() {
    SopTestEngine.addFolder(repository.createDeployment(), "pip").deploy();
    SopDefinition sop = model("pip-permohonan-informasi");

    assertThat(sop.name()).isEqualTo("Pelayanan Permohonan Informasi Publik");
    assertThat(sop.identity()).containsEntry("jenis", "administratif").containsEntry("waktu-layanan", "10 hari kerja")
        .containsKeys("bidang", "dasar-hukum", "kualifikasi-pelaksana", "keterkaitan", "peralatan", "peringatan",
            "pencatatan")
        .as("what an approval gives").doesNotContainKeys("nomor", "tanggal-pembuatan", "tanggal-revisi",
            "tanggal-efektif", "disahkan-oleh");
    assertThat(sop.calendar()).isEqualTo(CalendarKind.HARI_KERJA);
    assertThat(sop.serviceTime().workingDays()).isEqualTo(10);
    assertThat(sop.roles()).containsExactly("ppid-petugas", "ppid", "ppid-pembantu");
    assertThat(sop.startRoles()).containsExactly("ppid-petugas");
    // as an officer writes the procedure: a short branch right after its decision, the main path after it
    assertThat(sop.steps()).extracting(SopStep::activityId).containsExactly(
        "registrasi-permohonan", "periksa-kelengkapan", "beritahu-tidak-lengkap", "telusuri-informasi",
        "telaah-penelusuran", "beritahu-tidak-dikuasai", "pemberitahuan-perpanjangan", "uji-konsekuensi",
        "tetapkan-penolakan", "sampaikan-penolakan", "susun-pemberitahuan", "serahkan-informasi");
    assertThat(sop.steps()).hasSize(12).allSatisfy(step -> {
      assertThat(step.isUserTask()).isTrue();
      assertThat(step.waktu()).as("sop.waktu of %s", step.activityId()).isNotNull();
      assertThat(step.kelengkapan()).as("sop.kelengkapan of %s", step.activityId()).isNotBlank();
      assertThat(step.output()).as("sop.output of %s", step.activityId()).isNotBlank();
      assertThat(step.role()).isNotNull();
    });
    SopStep extension = sop.step("pemberitahuan-perpanjangan").orElseThrow();
    assertThat(extension.role()).isEqualTo("ppid");
    assertThat(extension.perpanjanganLayanan().workingDays()).isEqualTo(7);
    assertThat(sop.step("registrasi-permohonan").orElseThrow().waktu().clockTime().toMinutes()).isEqualTo(30);
  }

  @Test
  void aStandardTimeThatCannotBeReadRefusesTheDeploymentNamingFileElementAndValue() {
    String xml = TestModels.sop("sop-uji").lane("ppid", "PPID").task("periksa", "ppid")
        .taskProperty("periksa", "sop.waktu", "dua hari").xml();

    assertThatThrownBy(() -> repository.createDeployment().addString("bidang/sop-uji.bpmn", xml).deploy())
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("bidang/sop-uji.bpmn")
        .hasMessageContaining("userTask 'periksa' (\"Langkah periksa\")")
        .hasMessageContaining("sop.waktu 'dua hari' is not a standard time");
    assertThat(repository.createDeploymentQuery().count()).isZero();
  }

  @Test
  void anUnknownCalendarRefusesTheDeployment() {
    String xml = TestModels.sop("sop-uji").processProperty("sop.kalender", "kalender-bulan")
        .lane("ppid", "PPID").task("periksa", "ppid").xml();

    assertThatThrownBy(() -> repository.createDeployment().addString("sop-uji.bpmn", xml).deploy())
        .hasMessageContaining("sop.kalender 'kalender-bulan' is not a calendar; use 'hari-kerja' or '24-jam'");
  }

  private SopDefinition model(String key) {
    String id = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult().getId();
    return SopModels.of(repository, id).orElseThrow();
  }
}

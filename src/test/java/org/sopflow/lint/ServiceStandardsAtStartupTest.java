package org.sopflow.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sopflow.SopTestEngine;
import org.sopflow.TestModels;
import org.sopflow.model.ServiceStandards;
import org.sopflow.model.StandarPelayanan;

/** When the server has deployed its folder, the SP files are checked against the SOPs deployed now. */
class ServiceStandardsAtStartupTest {

  private final RepositoryService repository = SopTestEngine.shared().getRepositoryService();

  @AfterEach
  void deleteDeployments() {
    SopTestEngine.deleteDeployments(repository);
  }

  @Test
  void anSpFileIsCheckedAgainstTheDeployedSops(@TempDir Path folder) throws Exception {
    repository.createDeployment().addString("sop-layanan.bpmn", TestModels.sop("sop-layanan")
        .processProperty("sop.waktu-layanan", "15 hari kerja").lane("ppid", "PPID").task("a", "ppid").xml()).deploy();
    Path standards = Files.createDirectories(folder.resolve(StandarPelayanan.FOLDER));
    String components = String.join("", StandarPelayanan.COMPONENTS.stream().filter(name -> !name.equals("jangka-waktu"))
        .map(name -> name + ": tidak dipublikasikan\n").toList());
    Files.writeString(standards.resolve("layanan.yaml"),
        "nama: Layanan uji\nsop: [sop-layanan, sop-tiada]\njangka-waktu: 10 hari kerja\n" + components);
    var files = ServiceStandards.read(folder.toUri().toString());

    var findings = new ServiceStandardsAtStartup(repository, files, SopTestEngine.lint()).check();

    assertThat(findings).extracting(Finding::rule)
        .containsExactlyInAnyOrder(LintRule.SOP_SLOWER_THAN_SP, LintRule.SP_SOP_UNKNOWN);
    assertThat(findings).allSatisfy(finding -> assertThat(finding.file()).isEqualTo("standar-pelayanan/layanan.yaml"));
  }
}

package org.sopflow.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sopflow.SopTestEngine;
import org.sopflow.TestModels;
import org.sopflow.engine.SopModels;
import org.sopflow.model.SopDefinition;
import org.sopflow.print.Pdf;

/**
 * The printed document: it opens, is A4 landscape, and a long table breaks over pages where the
 * off-page connectors stand, with its header on every page.
 */
class SopDocumentPdfTest {

  private static final int STEPS = 45;
  private final ProcessEngine engine = SopTestEngine.shared();
  private final RepositoryService repository = engine.getRepositoryService();

  @AfterEach
  void deleteDeployments() {
    SopTestEngine.deleteDeployments(repository);
  }

  @Test
  void aLongSopBreaksOverPagesWithTheHeaderRepeated() throws Exception {
    TestModels model = TestModels.sop("sop-panjang").processProperty("sop.nomor", "800/SOP-UJI/99/2026")
        .lane("ppid-petugas", "Petugas").lane("ppid", "PPID");
    for (int i = 1; i <= STEPS; i++) {
      String task = "langkah-" + i;
      model.task(task, i % 2 == 0 ? "ppid" : "ppid-petugas").taskProperty(task, "sop.output", "Hasil langkah " + i);
    }
    repository.createDeployment().addString("sop-panjang.bpmn", model.xml()).deploy();
    ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey("sop-panjang")
        .singleResult();
    SopDefinition sop = SopModels.of(repository, definition.getId()).orElseThrow();

    byte[] pdf = Pdf.print(SopDocument.render(sop, 1, repository.getBpmnModelInstance(definition.getId()), null,
        java.util.List.of()));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      int pages = document.getNumberOfPages();
      int rows = STEPS + 2; // with the start and end terminators
      int tablePages = (rows + FlowchartLines.ROWS_PER_PAGE - 1) / FlowchartLines.ROWS_PER_PAGE;
      assertThat(pages).as("identity page and one page per %d rows", FlowchartLines.ROWS_PER_PAGE)
          .isEqualTo(1 + tablePages);
      PDRectangle size = document.getPage(1).getMediaBox();
      assertThat(size.getWidth()).as("landscape").isGreaterThan(size.getHeight());
      PDFTextStripper text = new PDFTextStripper();
      assertThat(text.getText(document)).contains("800/SOP-UJI/99/2026", "STANDAR OPERASIONAL PROSEDUR");
      for (int page = 2; page <= pages; page++) {
        text.setStartPage(page);
        text.setEndPage(page);
        assertThat(text.getText(document)).as("header on page %d", page).contains("Kegiatan", "Mutu Baku", "Output");
      }
      text.setStartPage(1);
      text.setEndPage(pages);
      String all = text.getText(document);
      for (int i = 1; i <= STEPS; i++) {
        assertThat(all).contains("Hasil langkah " + i);
      }
    }
  }
}

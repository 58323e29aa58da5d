package org.sopflow.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sopflow.SopTestEngine;

/** The modeller's command renders every SOP of the folder, without a server. */
class DocumentCommandTest {

  @Test
  void rendersEverySopOfTheFolderToHtmlAndPdf(@TempDir Path output) throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    int exit = DocumentCommand.run(SopTestEngine.PROCESSES, output, new PrintStream(printed, true, StandardCharsets.UTF_8));

    assertThat(exit).isZero();
    List<Path> pdfs;
    try (Stream<Path> files = Files.list(output)) {
      pdfs = files.filter(file -> file.toString().endsWith(".pdf")).sorted().toList();
    }
    assertThat(pdfs).hasSize(16);
    assertThat(output.resolve("tik-gangguan-jaringan.html")).exists();
    try (PDDocument keberatan = Loader.loadPDF(output.resolve("pip-keberatan-informasi.pdf").toFile())) {
      String text = new PDFTextStripper().getText(keberatan).replaceAll("\\s+", " ");
      assertThat(text).contains("Pelayanan Keberatan atas Permohonan Informasi Publik", "belum disahkan",
          "Pemeriksaan keberatan dan penetapan tanggapan atasan PPID");
    }
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("16 SOP documents in");
    assertThat(DocumentCommand.run(output.resolve("tiada"), output, new PrintStream(new ByteArrayOutputStream())))
        .isEqualTo(2);
  }
}

package org.sopflow.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sopflow.SopTestEngine;

/**
 * Each mistake an SOP owner can make in the table is refused with its sheet, row and column, and
 * nothing is written: neither a new model nor over the one already there.
 */
class SopTableErrorsTest {

  @TempDir
  Path folder;

  @Test
  void anUnknownPelaksanaIsNamedInTheHeader() throws IOException {
    refused(table().replace(";kabid-pkp;", ";kabid-humas;"),
        "Prosedur, baris 1, kolom D: pelaksana 'kabid-humas' tidak dikenal");
  }

  @Test
  void aDecisionWithoutBranchesIsRefused() throws IOException {
    refused(table().replace("\"Ya: 4; Tidak: 7\"", ""),
        "Prosedur, baris 4, kolom J: keputusan tanpa cabang");
  }

  @Test
  void aConditionThatCallsABeanIsRefusedNamingItsCell() throws IOException {
    refused(table().replace("\"Ya: 4; Tidak: 7\"", "\"Ya [${maladministrationLog.record(null)}]: 4; Tidak: 7\""),
        "Prosedur, baris 4, kolom J: Syarat cabang '${maladministrationLog.record(null)}': '.' is not allowed");
  }

  @Test
  void aJumpToARowThatDoesNotExistIsRefused() throws IOException {
    refused(table().replace("Perlu perbaikan: 4", "Perlu perbaikan: 14"),
        "Prosedur, baris 7, kolom J: menuju baris No 14, yang tidak ada");
  }

  @Test
  void anUnreadableWaktuIsRefused() throws IOException {
    refused(table().replace(";2 jam;Naskah berita", ";dua jam;Naskah berita"),
        "Prosedur, baris 6, kolom G: Waktu 'dua jam' tidak terbaca");
  }

  @Test
  void aRowWithoutASymbolIsRefused() throws IOException {
    refused(table().replace("5;Sunting berita dan foto;;;proses;", "5;Sunting berita dan foto;;;;"),
        "Prosedur, baris 6, kolom C: tidak ada simbol");
  }

  @Test
  void aRowWithTwoSymbolsIsRefused() throws IOException {
    refused(table().replace("4;Liput kegiatan;proses;;;", "4;Liput kegiatan;proses;proses;;"),
        "Prosedur, baris 5, kolom D: simbol di dua kolom pelaksana");
  }

  @Test
  void anUnknownSymbolAndAMissingKeyAreBothNamed() throws IOException {
    refused(table().replace("kunci;Kunci SOP (id proses);pkp-peliputan-kegiatan", "kunci;Kunci SOP (id proses);")
        .replace("2;Telaah permohonan dan jadwal kegiatan;;proses;", "2;Telaah permohonan dan jadwal kegiatan;;periksa;"),
        "Identitas: isian 'kunci'", "Prosedur, baris 3, kolom D: 'periksa' bukan simbol");
  }

  @Test
  void aBrokenWorkbookIsNamedAndLeavesTheModelThere() throws IOException {
    Path broken = folder.resolve("tabel.xlsx");
    Files.writeString(broken, "bukan buku kerja");
    Path target = Files.createDirectories(folder.resolve("processes").resolve("pkp"));
    assertThat(SopTableImport.run(broken, target, new java.io.PrintStream(java.io.OutputStream.nullOutputStream())))
        .isEqualTo(2);
    assertThat(target).isEmptyDirectory();
  }

  private static String table() throws IOException {
    return Files.readString(SopTableImportTest.TABLE);
  }

  /** The table is refused with these messages, and the model already in the folder stays as it was. */
  private void refused(String csv, String... messages) throws IOException {
    Path table = Files.writeString(folder.resolve("tabel.csv"), csv);
    Path target = Files.createDirectories(folder.resolve("pkp"));
    Path existing = Files.writeString(target.resolve("pkp-peliputan-kegiatan.bpmn"), "<versi lama/>");
    assertThatThrownBy(() -> SopTableImport.importTable(table, target, SopTestEngine.roleCatalogue()))
        .isInstanceOf(InvalidTableException.class)
        .hasMessageStartingWith("tabel.csv: ")
        .satisfies(e -> assertThat(e.getMessage()).contains(messages));
    try (var files = Files.list(target)) {
      assertThat(files.toList()).containsExactly(existing);
    }
    assertThat(Files.readString(existing)).isEqualTo("<versi lama/>");
  }
}

package org.sopflow.pdp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.sopflow.engine.CurrentUser;
import org.sopflow.engine.HistoricInstances;
import org.sopflow.engine.SopModels;
import org.sopflow.model.SopProperty;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * For {@code camunda-admin} (the office's data protection officer): {@code GET
 * /api/pdp/akses?processInstanceId=}, who was shown a case's personal data, when, and which fields;
 * {@code GET /api/pdp/retensi}, how long each SOP's cases are kept and what is removed when.
 */
@RestController
class PersonalDataController {

  private final JdbcClient jdbc;
  private final IdentityService identity;
  private final RepositoryService repository;
  private final HistoricInstances history;
  private final RetentionProperties retention;
  private final String cleanupWindow;

  PersonalDataController(JdbcClient jdbc, IdentityService identity, RepositoryService repository,
                         HistoricInstances history, RetentionProperties retention,
                         @Value("${camunda.bpm.generic-properties.properties.history-cleanup-batch-window-start-time:}")
                         String windowStart,
                         @Value("${camunda.bpm.generic-properties.properties.history-cleanup-batch-window-end-time:}")
                         String windowEnd) {
    this.jdbc = jdbc;
    this.identity = identity;
    this.repository = repository;
    this.history = history;
    this.retention = retention;
    this.cleanupWindow = windowStart.isEmpty() ? "tidak diatur: riwayat tidak pernah dihapus"
        : windowStart + "-" + windowEnd;
  }

  /** One read: when, by whom, which personal fields (variable and its label on the form). */
  record Akses(Instant waktu, String pengguna, List<Data> data) {
  }

  record Data(String variabel, String label) {
  }

  record AksesKasus(String processInstanceId, List<Akses> akses) {
  }

  @GetMapping(path = "/api/pdp/akses", produces = "application/json")
  AksesKasus akses(@RequestParam(required = false) String processInstanceId) {
    adminOnly("The log of reads of personal data");
    if (processInstanceId == null || processInstanceId.isBlank()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "processInstanceId is required: the case whose reads"
          + " to list");
    }
    Map<List<String>, String> labels = new HashMap<>();
    jdbc.sql("SELECT DISTINCT process_key, variable, label FROM sop_personal_field")
        .query((row, n) -> labels.put(List.of(row.getString(1), row.getString(2)), row.getString(3))).list();
    List<Akses> reads = jdbc.sql("SELECT accessed_at, user_id, process_definition_key, variables"
            + " FROM sop_personal_data_access WHERE process_instance_id = ? ORDER BY accessed_at, id")
        .param(processInstanceId)
        .query((row, n) -> {
          String sop = row.getString(3);
          return new Akses(row.getTimestamp(1).toInstant(), row.getString(2), Arrays.stream(row.getString(4).split(","))
              .map(variable -> new Data(variable, labels.getOrDefault(List.of(sop, variable), variable))).toList());
        })
        .list();
    return new AksesKasus(processInstanceId, reads);
  }

  /**
   * One SOP's retention: as the model states it (or the default), in days, and how many finished
   * cases Camunda's clean-up removes on which day.
   */
  record RetensiSop(String key, String nama, String retensi, Integer hari, List<Penghapusan> penghapusan) {
  }

  record Penghapusan(LocalDate tanggal, long kasus) {
  }

  /**
   * @param jendelaPembersihan the nightly window of Camunda's history clean-up (server time)
   * @param dihapus what goes when a case's retention runs out
   * @param disimpan what stays, holding no personal data
   */
  record Retensi(String periodeBawaan, String jendelaPembersihan, List<RetensiSop> sop, List<String> dihapus,
                 List<String> disimpan) {
  }

  @GetMapping(path = "/api/pdp/retensi", produces = "application/json")
  Retensi retensi() {
    adminOnly("The retention report");
    Map<String, List<Penghapusan>> removals = new HashMap<>();
    history.removalsToCome().forEach(removal -> removals.computeIfAbsent(removal.processDefinitionKey(),
        key -> new java.util.ArrayList<>()).add(new Penghapusan(removal.day(), removal.instances())));
    List<RetensiSop> sops = repository.createProcessDefinitionQuery().latestVersion().orderByProcessDefinitionKey()
        .asc().list().stream().map(definition -> new RetensiSop(definition.getKey(), definition.getName(),
            SopModels.of(repository, definition.getId()).map(sop -> sop.identity(SopProperty.RETENSI))
                .orElse(null), definition.getHistoryTimeToLive(),
            removals.getOrDefault(definition.getKey(), List.of()))).toList();
    return new Retensi(retention.period(), cleanupWindow, sops, List.of(
        "Riwayat kasus di Camunda: langkah, variabel (termasuk data pribadi), komentar, lampiran",
        "Hak akses peran atas kasus dan daftar kasus selesai peran", "Kode lacak (hash) dan tanda sudah mengisi SKM",
        "Notifikasi kasus", "Catatan akses data pribadi kasus"), List.of(
        "Angka waktu langkah dan layanan (tanpa data pemohon)",
        "Jawaban SKM (tanpa nama dan tanpa kasus)",
        "Log maladministrasi dan rantai hash-nya (nomor register, peran dan pengguna petugas)"));
  }

  private void adminOnly(String what) {
    if (!CurrentUser.isAdmin(identity)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, what + " is for camunda-admin");
    }
  }
}

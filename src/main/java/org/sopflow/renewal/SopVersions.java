package org.sopflow.renewal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.deployment.ProcessesDeployed;
import org.sopflow.engine.CurrentUser;
import org.sopflow.model.ProcessesProperties;
import org.sopflow.model.RoleCatalogue;
import org.sopflow.model.SopReader;
import org.sopflow.renewal.ModelChanges.Change;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The versions of the office's SOPs, from draft to in force. A draft is stored, checked as the
 * engine would check it (deployed in a transaction that is rolled back), and compared with the
 * version in force; only an approved version reaches the engine, on its effective date, with the
 * identity its approval gave it. Then it receives every new case and the version before it none.
 */
@Service
public class SopVersions {

  /** The engine deployment that carries approved versions (the processes folder has its own). */
  static final String DEPLOYMENT_SOURCE = "sop-pembaruan";
  /** Who submitted a draft that came from the processes folder. */
  static final String FOLDER = "(folder proses)";
  private static final Logger LOG = LoggerFactory.getLogger(SopVersions.class);
  private static final String COLUMNS = "id, sop_key, state, file_name, submitted_by, submitted_at,"
      + " revises_definition_id, revision, nomor, disahkan_oleh, approved_by, approved_at, effective_date, in_force_at,"
      + " process_definition_id, ended_at, note, follow_up_id";

  private final JdbcClient jdbc;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final WorkingCalendar calendar;
  private final VersionDocuments documents;
  private final ApplicationEventPublisher events;
  /** The OPD an SOP without OPD roles is deployed to; any other goes to the OPD of its lanes. */
  private final String defaultTenantId;
  private final RoleCatalogue roles;

  SopVersions(JdbcClient jdbc, RepositoryService repository, IdentityService identity,
              PlatformTransactionManager transactionManager, Clock clock, WorkingCalendar calendar,
              VersionDocuments documents, ApplicationEventPublisher events, ProcessesProperties processes,
              RoleCatalogue roles) {
    this.defaultTenantId = processes.tenantId();
    this.roles = roles;
    this.jdbc = jdbc;
    this.repository = repository;
    this.identity = identity;
    this.transactions = new TransactionTemplate(transactionManager);
    this.clock = clock;
    this.calendar = calendar;
    this.documents = documents;
    this.events = events;
  }

  /**
   * Stores a draft of an SOP: its BPMN file and the forms that come with it (by file name). The
   * draft is refused, naming file and element, where the engine would refuse it. An SOP has one draft
   * at a time: a new file revises the draft in progress (its changes computed again), and is refused
   * while the draft is with the verifier or the head (diajukan).
   */
  public SopVersion submitDraft(String fileName, byte[] model, Map<String, byte[]> forms, String user) {
    if (!fileName.endsWith(".bpmn")) {
      throw new DraftRefused(fileName + ": a draft is a BPMN file (*.bpmn)");
    }
    String key = onlyProcess(fileName, model);
    checkAsTheEngineWould(fileName, model, forms);
    Optional<SopVersion> pending = pending(key);
    if (pending.isPresent() && pending.get().state() == VersionState.DIAJUKAN) {
      throw new DraftRefused(fileName + ": version " + pending.get().id() + " of SOP '" + key + "' is with the verifier"
          + " (diajukan); it is returned to drafting before its draft can change");
    }
    Optional<ProcessDefinition> inForce = inForce(key);
    List<Change> changes = inForce.map(definition -> ModelChanges.between(SopReader.parse(deployedModel(definition)),
        SopReader.parse(model))).orElse(List.of());
    String id = pending.map(SopVersion::id).orElseGet(() -> UUID.randomUUID().toString());
    Object[] submitted = {fileName, user, Timestamp.from(clock.instant()), inForce.map(ProcessDefinition::getId)
        .orElse(null), id};
    transactions.executeWithoutResult(status -> {
      if (pending.isPresent()) {
        jdbc.sql("DELETE FROM sop_version_file WHERE version_id = ?").param(id).update();
        jdbc.sql("DELETE FROM sop_version_change WHERE version_id = ?").param(id).update();
        jdbc.sql("UPDATE sop_version SET file_name = ?, submitted_by = ?, submitted_at = ?, revises_definition_id = ?"
            + " WHERE id = ?").params(submitted).update();
      } else {
        jdbc.sql("INSERT INTO sop_version (file_name, submitted_by, submitted_at, revises_definition_id, id, sop_key,"
                + " state) VALUES (?, ?, ?, ?, ?, ?, ?)")
            .params(submitted[0], submitted[1], submitted[2], submitted[3], id, key, VersionState.DRAF.name()).update();
      }
      storeFile(id, fileName, model);
      forms.forEach((name, content) -> storeFile(id, name, content));
      for (int i = 0; i < changes.size(); i++) {
        Change change = changes.get(i);
        jdbc.sql("INSERT INTO sop_version_change (version_id, position, kind, element_id, description)"
            + " VALUES (?, ?, ?, ?, ?)").params(id, i, change.kind().name(), change.elementId(), change.description())
            .update();
      }
    });
    LOG.info("Draft {} of SOP '{}' {} from {}: {} changes", id, key, pending.isPresent() ? "revised" : "stored",
        fileName, changes.size());
    return find(id).orElseThrow();
  }

  /** The SOP's version in progress: a draft, or one with the verifier or the head. */
  public Optional<SopVersion> pending(String sopKey) {
    return ofSop(sopKey).stream().filter(version -> version.state() == VersionState.DRAF
        || version.state() == VersionState.DIAJUKAN).findFirst();
  }

  /**
   * A model saved in the processes folder ({@code sop.processes.deploy: draft}): a draft of its SOP,
   * unless the SOP's newest version, or where it has none the version the engine runs, is this very
   * file. Returns the draft, or nothing when the file holds nothing new.
   */
  public Optional<SopVersion> draftFromFolder(String fileName, byte[] model) {
    String key = onlyProcess(fileName, model);
    String content = new String(model, StandardCharsets.UTF_8);
    Optional<String> newest = jdbc.sql("SELECT f.content FROM sop_version v JOIN sop_version_file f"
            + " ON f.version_id = v.id AND f.name = v.file_name WHERE v.sop_key = ? ORDER BY v.submitted_at DESC")
        .param(key).query(String.class).stream().findFirst();
    boolean unchanged = newest.isPresent() ? newest.get().equals(content)
        : inForce(key).map(definition -> java.util.Arrays.equals(deployedModel(definition), model)).orElse(false);
    return unchanged ? Optional.empty() : Optional.of(submitDraft(fileName, model, Map.of(), FOLDER));
  }

  /** The drafting team submits the draft for verification. */
  public SopVersion submitForVerification(String id) {
    return move(id, VersionState.DRAF, VersionState.DIAJUKAN, null);
  }

  /** The verifier or the head sends it back to the drafting team, saying why. */
  public SopVersion returnToDrafting(String id, String reason) {
    return move(id, VersionState.DIAJUKAN, VersionState.DRAF, reason);
  }

  /**
   * The head approves: the version gets its number, the next revision number and its effective
   * date, its document is signed and kept (all or nothing), and it comes into force on that day (at
   * once, if the day has come).
   */
  public SopVersion approve(String id, Approval approval, String user) {
    approveWithoutPuttingInForce(id, approval, user);
    putInForceWhenDue();
    return get(id);
  }

  /** The approval alone, in the caller's transaction; the version comes into force at the next look. */
  void approveWithoutPuttingInForce(String id, Approval approval, String user) {
    require(approval.nomor(), "nomor");
    require(approval.disahkanOleh(), "disahkanOleh");
    if (approval.tanggalEfektif() == null) {
      throw new DraftRefused("tanggalEfektif is required: the day the version comes into force");
    }
    SopVersion version = get(id);
    transactions.executeWithoutResult(status -> {
      int revision = jdbc.sql("SELECT COALESCE(MAX(revision) + 1, 0) FROM sop_version WHERE sop_key = ?")
          .param(version.sopKey()).query(Integer.class).single();
      int updated = jdbc.sql("UPDATE sop_version SET state = ?, revision = ?, nomor = ?, disahkan_oleh = ?,"
              + " approved_by = ?, approved_at = ?, effective_date = ? WHERE id = ? AND state = ?")
          .params(VersionState.DISAHKAN.name(), revision, approval.nomor().trim(), approval.disahkanOleh().trim(),
              user, Timestamp.from(clock.instant()), approval.tanggalEfektif(), id, VersionState.DIAJUKAN.name())
          .update();
      if (updated != 1) {
        throw new DraftRefused("version " + id + " is " + version.state().label() + ", not diajukan: only a submitted"
            + " version can be approved");
      }
      SopVersion approved = get(id);
      documents.sign(approved, model(approved), changes(id), approval);
    });
  }

  /**
   * Puts every approved version whose effective date has come into force, each in its own
   * transaction: the engine receives it, and the version it replaces is superseded. Safe on
   * several nodes at once: a version is claimed before it is deployed.
   */
  public int putInForceWhenDue() {
    return asEngine(this::putInForceWhenDueAsEngine); // the office's decision, carried out by the system
  }

  private int putInForceWhenDueAsEngine() {
    LocalDate today = LocalDate.ofInstant(clock.instant(), calendar.zone());
    List<String> due = jdbc.sql("SELECT id FROM sop_version WHERE state = ? AND effective_date <= ?"
        + " ORDER BY approved_at").params(VersionState.DISAHKAN.name(), today).query(String.class).list();
    int done = 0;
    for (String id : due) {
      try {
        done += Boolean.TRUE.equals(transactions.execute(status -> putInForce(id))) ? 1 : 0;
      } catch (RuntimeException e) { // the others still come into force; this one is tried again next time
        LOG.error("SOP version {} cannot come into force, it stays disahkan: {}", id, e.getMessage());
      }
    }
    if (done > 0) { // the lane roles' grants on what is now in force, as for the processes folder
      events.publishEvent(new ProcessesDeployed(DEPLOYMENT_SOURCE, done, done));
    }
    return done;
  }

  private boolean putInForce(String id) {
    Instant now = clock.instant();
    if (jdbc.sql("UPDATE sop_version SET state = ?, in_force_at = ? WHERE id = ? AND state = ?")
        .params(VersionState.BERLAKU.name(), Timestamp.from(now), id, VersionState.DISAHKAN.name()).update() != 1) {
      return false; // another node did
    }
    SopVersion version = get(id);
    Map<String, String> files = files(id);
    files.put(version.fileName(), stamped(version, files.get(version.fileName())));
    DeploymentWithDefinitions deployment = asEngine(() -> deploy(files, version.sopKey() + " rev-" + version.revision()));
    String definitionId = deployment.getDeployedProcessDefinitions().stream()
        .filter(definition -> definition.getKey().equals(version.sopKey())).findFirst().orElseThrow().getId();
    jdbc.sql("UPDATE sop_version SET state = ?, ended_at = ? WHERE sop_key = ? AND state = ? AND id <> ?")
        .params(VersionState.DIGANTIKAN.name(), Timestamp.from(now), version.sopKey(), VersionState.BERLAKU.name(), id)
        .update();
    jdbc.sql("UPDATE sop_version SET deployment_id = ?, process_definition_id = ? WHERE id = ?")
        .params(deployment.getId(), definitionId, id).update();
    LOG.info("SOP '{}' rev-{} ({}) in force from {}", version.sopKey(), version.revision(), version.nomor(), now);
    return true;
  }

  /** Withdraws the version in force (dicabut): the SOP receives no new case; running ones finish. */
  public SopVersion withdraw(String id, String reason) {
    require(reason, "alasan");
    SopVersion version = get(id);
    transactions.executeWithoutResult(status -> {
      if (jdbc.sql("UPDATE sop_version SET state = ?, ended_at = ?, note = ? WHERE id = ? AND state = ?")
          .params(VersionState.DICABUT.name(), Timestamp.from(clock.instant()), reason.trim(), id,
              VersionState.BERLAKU.name()).update() != 1) {
        throw new DraftRefused("version " + id + " is " + version.state().label() + ": only the version in force"
            + " can be withdrawn");
      }
      asEngine(() -> {
        repository.updateProcessDefinitionSuspensionState().byProcessDefinitionKey(version.sopKey()).suspend();
        return null;
      });
    });
    return get(id);
  }

  public Optional<SopVersion> find(String id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM sop_version WHERE id = ?").param(id).query(SopVersions::version)
        .optional();
  }

  /** Every version of one SOP, newest first. */
  public List<SopVersion> ofSop(String sopKey) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM sop_version WHERE sop_key = ? ORDER BY submitted_at DESC, id")
        .param(sopKey).query(SopVersions::version).list();
  }

  /** The newest version of each SOP that is being renewed (a draft, submitted or approved, not yet in force). */
  public List<SopVersion> inRenewal() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM sop_version v WHERE state IN (?, ?, ?) AND NOT EXISTS (SELECT 1"
            + " FROM sop_version w WHERE w.sop_key = v.sop_key AND w.state IN (?, ?, ?) AND w.submitted_at > v.submitted_at)"
            + " ORDER BY sop_key").params(VersionState.DRAF.name(), VersionState.DIAJUKAN.name(),
            VersionState.DISAHKAN.name(), VersionState.DRAF.name(), VersionState.DIAJUKAN.name(),
            VersionState.DISAHKAN.name())
        .query(SopVersions::version).list();
  }

  /**
   * Starts the renewal of an SOP (Mulai pembaruan): a draft that is the version in force as it
   * stands, for the drafting team to revise; {@code reason} (a register finding, say) is kept with it.
   * Where a renewal is under way already, its draft.
   */
  public SopVersion startRenewal(String sopKey, String reason, String user) {
    ProcessDefinition definition = inForce(sopKey).orElseThrow(() -> new DraftRefused("SOP '" + sopKey
        + "' has no version in force to renew"));
    Optional<SopVersion> underWay = pending(sopKey);
    if (underWay.isPresent()) {
      return underWay.get();
    }
    SopVersion draft = submitDraft(definition.getResourceName(), deployedModel(definition), Map.of(), user);
    if (reason != null && !reason.isBlank()) {
      jdbc.sql("UPDATE sop_version SET note = ? WHERE id = ?").params(reason.trim(), draft.id()).update();
    }
    return get(draft.id());
  }

  /** The follow-up whose action is this renewal: the link back to the follow-up that names this version. */
  void linkFollowUp(String id, String followUpId) {
    jdbc.sql("UPDATE sop_version SET follow_up_id = ? WHERE id = ?").params(followUpId, id).update();
  }

  /** The version's riwayat revisi, in order. */
  public List<Change> changes(String id) {
    return jdbc.sql("SELECT kind, element_id, description FROM sop_version_change WHERE version_id = ?"
            + " ORDER BY position").param(id)
        .query((row, n) -> new Change(ModelChanges.Kind.valueOf(row.getString(1)), row.getString(2), row.getString(3)))
        .list();
  }

  /** The version's files by name, the model first. */
  public Map<String, String> files(String id) {
    SopVersion version = get(id);
    Map<String, String> files = new LinkedHashMap<>();
    jdbc.sql("SELECT name, content FROM sop_version_file WHERE version_id = ? ORDER BY name").param(id)
        .query((row, n) -> files.put(row.getString(1), row.getString(2))).list();
    Map<String, String> ordered = new LinkedHashMap<>();
    ordered.put(version.fileName(), files.remove(version.fileName()));
    ordered.putAll(files);
    return ordered;
  }

  /**
   * The version's model as it reads: an approved one with the identity its approval gave it (the
   * first edition's date is the SOP's earliest effective date), a draft as submitted.
   */
  public String model(SopVersion version) {
    return stamped(version, files(version.id()).get(version.fileName()));
  }

  private String stamped(SopVersion version, String submitted) {
    if (version.revision() == null) {
      return submitted;
    }
    LocalDate firstEdition = jdbc.sql("SELECT MIN(effective_date) FROM sop_version WHERE sop_key = ?"
        + " AND effective_date IS NOT NULL").param(version.sopKey()).query(LocalDate.class).single();
    return IdentityStamp.stamp(submitted, version.sopKey(), version, firstEdition);
  }

  private SopVersion get(String id) {
    return find(id).orElseThrow(() -> new VersionNotFound(id));
  }

  private SopVersion move(String id, VersionState from, VersionState to, String note) {
    SopVersion version = get(id);
    if (jdbc.sql("UPDATE sop_version SET state = ?, note = ? WHERE id = ? AND state = ?")
        .params(to.name(), note, id, from.name()).update() != 1) {
      throw new DraftRefused("version " + id + " is " + version.state().label() + ", not " + from.label());
    }
    return get(id);
  }

  private Optional<ProcessDefinition> inForce(String key) {
    return asEngine(() -> repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().list())
        .stream().findFirst();
  }

  private byte[] deployedModel(ProcessDefinition definition) {
    try (InputStream in = asEngine(() -> repository.getProcessModel(definition.getId()))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String onlyProcess(String fileName, byte[] model) {
    List<SopReader> processes;
    try {
      processes = SopReader.of(SopReader.parse(model));
    } catch (RuntimeException e) {
      throw new DraftRefused(fileName + ": not a valid BPMN 2.0 file: " + e.getMessage());
    }
    if (processes.size() != 1) {
      throw new DraftRefused(fileName + ": a draft holds one SOP (one executable process); this file holds "
          + processes.size());
    }
    return processes.get(0).process().getId();
  }

  /** Deploys the draft as the engine would and rolls it back: every hook's refusal, naming file and element. */
  private void checkAsTheEngineWould(String fileName, byte[] model, Map<String, byte[]> forms) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(fileName, new String(model, StandardCharsets.UTF_8));
    forms.forEach((name, content) -> files.put(name, new String(content, StandardCharsets.UTF_8)));
    try {
      transactions.executeWithoutResult(status -> {
        asEngine(() -> deploy(files, "sop-pembaruan-uji"));
        status.setRollbackOnly();
      });
    } catch (ProcessEngineException e) {
      throw new DraftRefused(e.getMessage());
    }
  }

  private DeploymentWithDefinitions deploy(Map<String, String> files, String name) {
    DeploymentBuilder builder = repository.createDeployment().name(name).source(DEPLOYMENT_SOURCE)
        .tenantId(tenantOf(files));
    files.forEach(builder::addString);
    return builder.deployWithResult();
  }

  /** The OPD of the SOP among the files: the tenant an approved version goes to. */
  private String tenantOf(Map<String, String> files) {
    try {
      return files.entrySet().stream().filter(file -> file.getKey().endsWith(".bpmn")).findFirst()
          .flatMap(file -> SopReader.of(SopReader.parse(file.getValue().getBytes(StandardCharsets.UTF_8))).stream()
              .findFirst().flatMap(read -> roles.opdOf(read.read().sop())))
          .orElse(defaultTenantId);
    } catch (RuntimeException unreadable) {
      return defaultTenantId; // the engine refuses it, naming file and element
    }
  }

  private <T> T asEngine(Supplier<T> work) {
    return CurrentUser.asEngine(identity, work);
  }

  private void storeFile(String versionId, String name, byte[] content) {
    jdbc.sql("INSERT INTO sop_version_file (version_id, name, content) VALUES (?, ?, ?)")
        .params(versionId, name, new String(content, StandardCharsets.UTF_8)).update();
  }

  private static void require(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new DraftRefused(field + " is required");
    }
  }

  private static SopVersion version(ResultSet row, int n) throws SQLException {
    return new SopVersion(row.getString("id"), row.getString("sop_key"), VersionState.valueOf(row.getString("state")),
        row.getString("file_name"), row.getString("submitted_by"), instant(row, "submitted_at"),
        row.getString("revises_definition_id"), (Integer) row.getObject("revision"), row.getString("nomor"),
        row.getString("disahkan_oleh"), row.getString("approved_by"), instant(row, "approved_at"),
        row.getObject("effective_date", LocalDate.class), instant(row, "in_force_at"),
        row.getString("process_definition_id"), instant(row, "ended_at"), row.getString("note"),
        row.getString("follow_up_id"));
  }

  private static Instant instant(ResultSet row, String column) throws SQLException {
    Timestamp value = row.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }

  /** A draft or a step of its lifecycle refused: the caller's error (400), naming what is wrong. */
  public static class DraftRefused extends IllegalArgumentException {
    DraftRefused(String message) {
      super(message);
    }
  }

  /** No version with that id (404). */
  public static class VersionNotFound extends java.util.NoSuchElementException {
    VersionNotFound(String id) {
      super("No SOP version with id '" + id + "'");
    }
  }
}

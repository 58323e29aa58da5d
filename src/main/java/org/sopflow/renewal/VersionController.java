package org.sopflow.renewal;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.sopflow.catalog.SopCatalog;
import org.sopflow.model.Opds;
import org.sopflow.engine.CurrentUser;
import org.sopflow.renewal.ModelChanges.Change;
import org.sopflow.renewal.SopVersions.VersionNotFound;
import org.sopflow.signing.SigningRefused;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The versions of an SOP and their lifecycle: {@code GET /api/sops/{key}/versi} lists them,
 * {@code /api/versi/...} shows one with its changes and moves it on (draft, submit, return, approve,
 * withdraw). Who may read: whoever reads the SOP, and the renewal SOP's roles; who may move it here:
 * camunda-admin (the office moves it through the renewal SOP's tasks in Tasklist, {@link RenewalHook}).
 */
@RestController
class VersionController {

  private final SopVersions versions;
  private final SopCatalog catalog;
  private final IdentityService identity;
  private final RunningCases running;
  private final VersionDocuments documents;
  private final RenewalCases cases;
  private final Opds opds;

  VersionController(SopVersions versions, SopCatalog catalog, IdentityService identity, RunningCases running,
                    VersionDocuments documents, RenewalCases cases, Opds opds) {
    this.opds = opds;
    this.versions = versions;
    this.catalog = catalog;
    this.identity = identity;
    this.running = running;
    this.documents = documents;
    this.cases = cases;
  }

  /** A version as the API shows it; {@code status} is its lifecycle state in Indonesian. */
  record Versi(String id, String sop, String status, String berkas, String diajukanOleh, Instant diajukanPada,
               Integer revisi, String nomor, String disahkanOleh, Instant disahkanPada, LocalDate tanggalEfektif,
               Instant berlakuSejak, String processDefinitionId, Instant berakhirPada, String catatan,
               String tindakLanjut, List<Perubahan> perubahan) {

    static Versi of(SopVersion version, List<Change> changes) {
      return new Versi(version.id(), version.sopKey(), version.state().label(), version.fileName(),
          version.submittedBy(), version.submittedAt(), version.revision(), version.nomor(), version.disahkanOleh(),
          version.approvedAt(), version.effectiveDate(), version.inForceAt(), version.processDefinitionId(),
          version.endedAt(), version.note(), version.followUpId(), changes == null ? null : changes.stream().map(Perubahan::of).toList());
    }
  }

  record Perubahan(String jenis, String elemen, String uraian) {
    static Perubahan of(Change change) {
      return new Perubahan(change.kind().heading(), change.elementId(), change.description());
    }
  }

  record Alasan(String alasan) {
  }

  @GetMapping(path = "/api/sops/{key}/versi", produces = "application/json")
  List<Versi> ofSop(@PathVariable String key) {
    if (!mayRead(key)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No SOP with key '" + key + "' that you may read");
    }
    return versions.ofSop(key).stream().map(version -> Versi.of(version, null)).toList();
  }

  @GetMapping(path = "/api/versi/{id}", produces = "application/json")
  Versi get(@PathVariable String id) {
    return Versi.of(readable(id), versions.changes(id));
  }

  /** A draft: {@code model}, the BPMN file; {@code form}, any forms that come with it. */
  @PostMapping(path = "/api/versi/draf", consumes = "multipart/form-data", produces = "application/json")
  @ResponseStatus(HttpStatus.CREATED)
  Versi draft(@RequestPart("model") MultipartFile model, @RequestPart(name = "form", required = false)
      List<MultipartFile> forms) throws IOException {
    draftingTeamOnly();
    Map<String, byte[]> formFiles = new LinkedHashMap<>();
    for (MultipartFile form : forms == null ? List.<MultipartFile>of() : forms) {
      formFiles.put(form.getOriginalFilename(), form.getBytes());
    }
    SopVersion version = versions.submitDraft(model.getOriginalFilename(), model.getBytes(), formFiles,
        CurrentUser.id(identity));
    cases.start(version);
    return Versi.of(version, versions.changes(version.id()));
  }

  /** Mulai pembaruan: a draft of the SOP as it stands, to revise; {@code alasan}, for example a register finding. */
  @PostMapping(path = "/api/sops/{key}/pembaruan", produces = "application/json")
  @ResponseStatus(HttpStatus.CREATED)
  Versi startRenewal(@PathVariable String key, @RequestBody(required = false) Alasan alasan) {
    adminOnly();
    SopVersion draft = versions.startRenewal(key, alasan == null ? null : alasan.alasan(), CurrentUser.id(identity));
    cases.start(draft);
    return withChanges(draft);
  }

  @PostMapping(path = "/api/versi/{id}/ajukan", produces = "application/json")
  Versi submit(@PathVariable String id) {
    adminOnly();
    return withChanges(versions.submitForVerification(id));
  }

  @PostMapping(path = "/api/versi/{id}/kembalikan", produces = "application/json")
  Versi returnToDrafting(@PathVariable String id, @RequestBody Alasan alasan) {
    adminOnly();
    return withChanges(versions.returnToDrafting(id, alasan.alasan()));
  }

  @PostMapping(path = "/api/versi/{id}/sahkan", produces = "application/json")
  Versi approve(@PathVariable String id, @RequestBody Approval approval) {
    adminOnly();
    SopVersion approved = versions.approve(id, approval, CurrentUser.id(identity));
    cases.cancel(id, "Disahkan melalui API oleh " + CurrentUser.id(identity) + ", di luar alur pembaruan SOP");
    return withChanges(approved);
  }

  @PostMapping(path = "/api/versi/{id}/cabut", produces = "application/json")
  Versi withdraw(@PathVariable String id, @RequestBody Alasan alasan) {
    adminOnly();
    SopVersion withdrawn = versions.withdraw(id, alasan.alasan());
    cases.cancel(id, "Dicabut melalui API oleh " + CurrentUser.id(identity));
    return withChanges(withdrawn);
  }

  /** The version's SOP document, marked with its state while it is not in force, with its riwayat revisi. */
  @GetMapping(path = "/api/versi/{id}/document", produces = "text/html;charset=UTF-8")
  String document(@PathVariable String id) {
    SopVersion version = readable(id);
    return documents.html(version, versions.model(version), versions.changes(id));
  }

  /** The signed document once the version is approved; before that, the document as it reads. */
  @GetMapping(path = "/api/versi/{id}/document.pdf", produces = "application/pdf")
  ResponseEntity<byte[]> pdf(@PathVariable String id) {
    SopVersion version = readable(id);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"SOP-" + version.sopKey() + "-"
            + version.label() + ".pdf\"")
        .body(documents.pdf(version, versions.model(version), versions.changes(id)));
  }

  private SopVersion readable(String id) {
    SopVersion version = versions.find(id).orElseThrow(() -> new VersionNotFound(id));
    if (!mayRead(version)) {
      throw new VersionNotFound(id);
    }
    return version;
  }

  /**
   * An SOP's versions are read by whoever reads the SOP itself (Camunda's grant on its definition),
   * and by the roles of the renewal SOP, who draft, verify and approve them.
   */
  private boolean mayRead(SopVersion version) {
    return CurrentUser.isAdmin(identity) || catalog.latest(version.sopKey()).isPresent()
        || catalog.latest(cases.renewalSopOf(version)).isPresent();
  }

  /** The same for an SOP by key: its OPD is that of its versions. */
  private boolean mayRead(String sopKey) {
    return CurrentUser.isAdmin(identity) || catalog.latest(sopKey).isPresent()
        || versions.ofSop(sopKey).stream().findFirst().map(this::mayRead).orElse(false);
  }

  record Pindah(List<String> processInstanceIds) {
  }

  /** A running case of an earlier version, as the preview of a move shows it. */
  record Kasus(String processInstanceId, String nomorRegister, int versi, boolean dapatDipindah,
               List<Langkah> langkahTerbuka) {
    static Kasus of(RunningCases.RunningCase running) {
      return new Kasus(running.processInstanceId(), running.businessKey(), running.version(), running.movable(),
          running.openSteps().stream().map(step -> new Langkah(step.activityId(), step.name(), step.movable(),
              step.reason())).toList());
    }
  }

  record Langkah(String activityId, String nama, boolean dapatDipindah, String alasan) {
  }

  /** The running cases of the SOP's earlier versions, each open step mapped onto the version in force or not. */
  @GetMapping(path = "/api/versi/{id}/kasus", produces = "application/json")
  List<Kasus> runningCases(@PathVariable String id) {
    adminOnly();
    return running.preview(readable(id)).stream().map(Kasus::of).toList();
  }

  /** Moves the chosen cases onto the version in force. */
  @PostMapping(path = "/api/versi/{id}/kasus/pindah", produces = "application/json")
  Map<String, List<String>> move(@PathVariable String id, @RequestBody Pindah pindah) {
    adminOnly();
    if (pindah.processInstanceIds() == null || pindah.processInstanceIds().isEmpty()) {
      throw new SopVersions.DraftRefused("processInstanceIds is required: the cases to move");
    }
    return Map.of("dipindahkan", running.move(readable(id), pindah.processInstanceIds(), CurrentUser.id(identity)));
  }

  /** The signing service refused or cannot be reached: nothing was approved. */
  @ExceptionHandler(SigningRefused.class)
  ProblemDetail signingRefused(SigningRefused e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, e.getMessage() + "; the version is not approved");
  }

  @ExceptionHandler(VersionNotFound.class)
  ProblemDetail notFound(VersionNotFound e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
  }

  private Versi withChanges(SopVersion version) {
    return Versi.of(version, versions.changes(version.id()));
  }

  /** Drafts are sent by the role of the renewal SOP's drafting step (the bidang's team) and camunda-admin. */
  private void draftingTeamOnly() {
    boolean drafter = opds.renewalSops().stream().map(catalog::latest).flatMap(Optional::stream)
        .flatMap(renewal -> renewal.sop().step(RenewalHook.DRAFTING).stream())
        .anyMatch(step -> CurrentUser.groups(identity).contains(step.role()));
    if (!drafter && !CurrentUser.isAdmin(identity)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "A draft is sent by the drafting team of the OPD's"
          + " renewal SOP (" + String.join(", ", opds.renewalSops()) + ") or camunda-admin");
    }
  }

  private void adminOnly() {
    if (!CurrentUser.isAdmin(identity)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Changing an SOP version is for camunda-admin");
    }
  }
}

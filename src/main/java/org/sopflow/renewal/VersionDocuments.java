package org.sopflow.renewal;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.documents.VersionDocument;
import org.sopflow.model.Opd;
import org.sopflow.model.Opds;
import org.sopflow.model.RoleCatalogue;
import org.sopflow.model.ServiceStandards;
import org.sopflow.model.SopReader;
import org.sopflow.model.StandarPelayanan;
import org.sopflow.print.Pdf;
import org.sopflow.renewal.ModelChanges.Change;
import org.sopflow.signing.DocumentSigner;
import org.sopflow.signing.SignatureCheck;
import org.sopflow.tracking.PublicAddress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A version's SOP document: while it is not approved, printed as it reads with its state above it;
 * once approved, printed once, signed (sop.signing.*) and kept as signed, with the SHA-256 that the
 * public verification page {@code /sop/verifikasi/{id}} shows.
 */
@Component
class VersionDocuments {

  /** The path of a version's public verification page; the signed document's QR code holds it. */
  static final String VERIFICATION_PATH = "/sop/verifikasi/";
  private static final Logger LOG = LoggerFactory.getLogger(VersionDocuments.class);

  private final JdbcClient jdbc;
  private final DocumentSigner signer;
  private final ServiceStandards standards;
  private final PublicAddress publicAddress;
  private final Clock clock;
  private final WorkingCalendar calendar;
  private final RoleCatalogue roles;
  private final Opds opds;

  VersionDocuments(JdbcClient jdbc, DocumentSigner signer, ServiceStandards standards, PublicAddress publicAddress,
                   Clock clock, WorkingCalendar calendar, RoleCatalogue roles, Opds opds) {
    this.roles = roles;
    this.opds = opds;
    this.jdbc = jdbc;
    this.signer = signer;
    this.standards = standards;
    this.publicAddress = publicAddress;
    this.clock = clock;
    this.calendar = calendar;
  }

  /** The OPD the SOP is of (that of its lanes' roles), as the document's header names it. */
  private String unit(BpmnModelInstance model) {
    return roles.opdOf(SopReader.of(model).get(0).read().sop()).flatMap(opds::find).map(Opd::nama).orElse(null);
  }

  /** The document as signed, with its hash; none before approval. */
  record Signed(byte[] pdf, String sha256, boolean signed, Instant createdAt) {
  }

  String html(SopVersion version, String model, List<Change> changes) {
    BpmnModelInstance parsed = parse(model);
    return VersionDocument.html(parsed, unit(parsed), version.label(), status(version), revisions(changes),
        services(version));
  }

  /** The signed document where there is one (the legal text), else the document as it reads now. */
  byte[] pdf(SopVersion version, String model, List<Change> changes) {
    return signed(version.id()).map(Signed::pdf).orElseGet(() -> VersionDocument.pdf(parse(model),
        unit(parse(model)), version.label(),
        status(version), revisions(changes), services(version)));
  }

  /** Prints the approved version's document, signs it and keeps it; part of the approval's transaction. */
  Signed sign(SopVersion version, String model, List<Change> changes, Approval approval) {
    if (signer.asksPassphrase() && (approval.passphrase() == null || approval.passphrase().isBlank())) {
      throw new SopVersions.DraftRefused("passphrase is required: the signing service (sop.signing.mode bsre) signs"
          + " with the approver's passphrase");
    }
    Pdf.Printed printed = VersionDocument.approved(parse(model), unit(parse(model)), version.label(), revisions(changes), services(version),
        publicAddress.of(VERIFICATION_PATH + version.id()));
    byte[] pdf = signer.sign(printed.pdf(), printed.place(), new DocumentSigner.Signatory(approval.disahkanOleh(),
        "Pengesahan SOP nomor " + version.nomor() + " revisi " + version.revision(), approval.passphrase()));
    Signed signed = new Signed(pdf, SignatureCheck.sha256(pdf), signer.signs(), clock.instant());
    jdbc.sql("INSERT INTO sop_version_document (version_id, content, sha256, signed, created_at) VALUES (?, ?, ?, ?, ?)")
        .params(version.id(), signed.pdf(), signed.sha256(), signed.signed(), Timestamp.from(signed.createdAt()))
        .update();
    LOG.info("SOP '{}' rev-{}: document {} ({} bytes, SHA-256 {})", version.sopKey(), version.revision(),
        signed.signed() ? "signed" : "stored unsigned (sop.signing.mode none)", pdf.length, signed.sha256());
    return signed;
  }

  Optional<Signed> signed(String versionId) {
    return jdbc.sql("SELECT content, sha256, signed, created_at FROM sop_version_document WHERE version_id = ?")
        .param(versionId).query((row, n) -> new Signed(row.getBytes(1), row.getString(2), row.getBoolean(3),
            row.getTimestamp(4).toInstant())).optional();
  }

  /** What the document says it is, above it; nothing for the version in force. */
  private String status(SopVersion version) {
    return switch (version.state()) {
      case DRAF, DIAJUKAN -> "DRAF - belum disahkan, tidak berlaku";
      case DISAHKAN -> "DISAHKAN - berlaku mulai " + version.effectiveDate();
      case BERLAKU -> null;
      case DIGANTIKAN -> "DIGANTIKAN - tidak berlaku lagi sejak " + endedOn(version);
      case DICABUT -> "DICABUT - tidak berlaku lagi sejak " + endedOn(version);
    };
  }

  /** The office's day the version stopped being in force. */
  private LocalDate endedOn(SopVersion version) {
    return LocalDate.ofInstant(version.endedAt(), calendar.zone());
  }

  private static List<String> revisions(List<Change> changes) {
    return changes.stream().map(change -> change.kind().heading() + ": " + change.description()).toList();
  }

  private List<String> services(SopVersion version) {
    return standards.carriedOutBy(version.sopKey()).stream().map(StandarPelayanan::nama).toList();
  }

  private static BpmnModelInstance parse(String model) {
    return SopReader.parse(model.getBytes(StandardCharsets.UTF_8));
  }
}

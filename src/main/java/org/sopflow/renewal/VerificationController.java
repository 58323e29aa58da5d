package org.sopflow.renewal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.model.SopReader;
import org.sopflow.print.CitizenPages;
import org.sopflow.print.Templates;
import org.sopflow.signing.SignatureCheck;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /sop/verifikasi/{id}}: the public page the signed SOP document's QR code leads to (no login,
 * Indonesian, no script). It says which SOP and version the document is, its hash, and whether it is
 * in force or was superseded or withdrawn; anyone may upload a copy to check that it is unchanged.
 */
@Controller
class VerificationController {

  private static final MediaType UTF8_HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy",
      Locale.forLanguageTag("id-ID"));

  private final SopVersions versions;
  private final VersionDocuments documents;
  private final WorkingCalendar calendar;

  VerificationController(SopVersions versions, VersionDocuments documents, WorkingCalendar calendar) {
    this.versions = versions;
    this.documents = documents;
    this.calendar = calendar;
  }

  @GetMapping(path = VersionDocuments.VERIFICATION_PATH + "{id}", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> page(@PathVariable String id) {
    return show(id, null);
  }

  @GetMapping(path = VersionDocuments.VERIFICATION_PATH + "{id}/dokumen.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> document(@PathVariable String id) {
    return approved(id).map(found -> ResponseEntity.ok().headers(CitizenPages.headers())
            .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"SOP-" + found.version().sopKey() + "-"
                + found.version().label() + ".pdf\"").body(found.document().pdf()))
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).headers(CitizenPages.headers()).build());
  }

  /** A copy someone received: the same file as the one approved, or changed, and how. */
  @PostMapping(path = VersionDocuments.VERIFICATION_PATH + "{id}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<String> check(@PathVariable String id, @RequestPart(name = "berkas", required = false)
      MultipartFile upload) throws IOException {
    Optional<Approved> found = approved(id);
    if (found.isEmpty()) {
      return show(id, null);
    }
    if (upload == null || upload.isEmpty()) {
      return show(id, "Pilih berkas PDF yang akan diperiksa.");
    }
    return show(id, verdict(found.get().document(), upload.getBytes()));
  }

  private static String verdict(VersionDocuments.Signed approved, byte[] copy) {
    if (SignatureCheck.sha256(copy).equals(approved.sha256())) {
      return "Berkas ini sama persis dengan dokumen yang disahkan" + (approved.signed()
          ? "; tanda tangan elektroniknya utuh." : ".");
    }
    SignatureCheck.Result check = SignatureCheck.check(copy);
    if (check.signed() && check.intact()) {
      return "Berkas ini bukan dokumen yang disahkan untuk versi ini, walaupun tanda tangannya utuh (ditandatangani"
          + " oleh " + check.signer() + "). Periksa kode QR pada berkas tersebut.";
    }
    return "Berkas ini BUKAN dokumen yang disahkan: isinya berbeda. " + Optional.ofNullable(check.problem()).orElse("");
  }

  private record Approved(SopVersion version, VersionDocuments.Signed document) {
  }

  private Optional<Approved> approved(String id) {
    return versions.find(id).flatMap(version -> documents.signed(id).map(signed -> new Approved(version, signed)));
  }

  private ResponseEntity<String> show(String id, String result) {
    Optional<Approved> found = approved(id);
    String body = Templates.page("renewal/verifikasi", found.map(approved -> view(approved, result))
        .orElse(View.notFound()));
    return ResponseEntity.status(found.isPresent() ? HttpStatus.OK : HttpStatus.NOT_FOUND)
        .headers(CitizenPages.headers()).contentType(UTF8_HTML).body(body);
  }

  private View view(Approved approved, String result) {
    SopVersion version = approved.version();
    String name = SopReader.of(SopReader.parse(versions.model(version).getBytes(StandardCharsets.UTF_8))).get(0)
        .read().sop().name();
    return new View(true, version.id(), name, version.nomor(), String.valueOf(version.revision()),
        version.disahkanOleh(), date(version.approvedAt()), DATE.format(version.effectiveDate()), status(version),
        version.state().name().toLowerCase(Locale.ROOT), approved.document().signed() ? "Tanda tangan elektronik"
            : "Tanpa tanda tangan elektronik (ditandatangani pada kertas)", approved.document().sha256(), result);
  }

  private String status(SopVersion version) {
    return switch (version.state()) {
      case DISAHKAN -> "Disahkan, berlaku mulai " + DATE.format(version.effectiveDate());
      case BERLAKU -> "Berlaku sejak " + date(version.inForceAt());
      case DIGANTIKAN -> "Digantikan: tidak berlaku lagi sejak " + date(version.endedAt());
      case DICABUT -> "Dicabut: tidak berlaku lagi sejak " + date(version.endedAt());
      case DRAF, DIAJUKAN -> version.state().label();
    };
  }

  private String date(Instant instant) {
    return instant == null ? "-" : DATE.format(LocalDate.ofInstant(instant, calendar.zone()));
  }

  private record View(boolean found, String id, String nama, String nomor, String revisi, String disahkanOleh,
                      String disahkanPada, String tanggalEfektif, String status, String statusKelas,
                      String tandaTangan, String sha256, String hasil) {

    static View notFound() {
      return new View(false, null, null, null, null, null, null, null, null, null, null, null, null);
    }
  }
}

package org.sopflow.tracking;

import static org.sopflow.documents.SopDocumentPdf.escape;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.catalog.SopCatalog;
import org.sopflow.documents.SopDocumentPdf;
import org.sopflow.engine.CurrentUser;
import org.sopflow.model.ServiceStandards;
import org.sopflow.model.SopDefinition;
import org.sopflow.model.StandarPelayanan;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code GET /api/layanan/{processInstanceId}/tanda-bukti.pdf}: the receipt an officer prints for the
 * applicant, for the SOP's lane roles and admins: service, register number, date received, service
 * deadline, the tracking address with its QR code, and where to complain.
 */
@RestController
class ReceiptController {

  private static final String STYLE = """
      @page { size: A5; margin: 12mm; }
      body { font-family: sans-serif; font-size: 10pt; }
      h1 { font-size: 13pt; margin: 0 0 1mm 0; }
      p.instansi { margin: 0 0 4mm 0; color: #333; }
      table { border-collapse: collapse; width: 100%; }
      td { padding: 1.2mm 0; vertical-align: top; }
      td.label { width: 38mm; color: #333; }
      .kode { font-family: monospace; font-size: 14pt; letter-spacing: 1mm; font-weight: bold; }
      div.qr { text-align: center; margin: 4mm 0 2mm 0; }
      div.qr img { width: 42mm; height: 42mm; }
      p.alamat { text-align: center; font-family: monospace; margin: 0 0 4mm 0; }
      ul { margin: 1mm 0 0 0; padding-left: 4mm; }
      """;

  private final TrackedRequests requests;
  private final SopCatalog catalog;
  private final IdentityService identity;
  private final ServiceStandards standards;
  private final CitizenProperties properties;
  private final TrackingPage page;

  ReceiptController(TrackedRequests requests, SopCatalog catalog, IdentityService identity, ServiceStandards standards,
                    CitizenProperties properties, WorkingCalendar calendar) {
    this.requests = requests;
    this.catalog = catalog;
    this.identity = identity;
    this.standards = standards;
    this.properties = properties;
    this.page = new TrackingPage(calendar.zone());
  }

  @GetMapping(path = "/api/layanan/{processInstanceId}/tanda-bukti.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> receipt(@PathVariable String processInstanceId) {
    if (!requests.tracked(processInstanceId)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No request with a tracking code has process instance '"
          + processInstanceId + "'; only the SOPs of a public service (a Standar Pelayanan file or sop.layanan-publik)"
          + " give receipts");
    }
    List<String> groups = CurrentUser.groups(identity);
    TrackedRequest request = requests.byInstance(processInstanceId)
        .filter(readable -> groups.contains(Groups.CAMUNDA_ADMIN) || catalog.version(readable.sopKey(), readable.sopVersion())
            .map(SopDefinition::roles).orElse(List.of()).stream().anyMatch(groups::contains))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN,
            "The receipt is printed by the lane roles of its SOP and camunda-admin"));
    String address = base() + "/lacak/" + request.code();
    return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"tanda-bukti-"
        + request.code() + ".pdf\"").body(SopDocumentPdf.print(xhtml(request, address)));
  }

  private String base() {
    return properties.baseUrl().isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
        : properties.baseUrl();
  }

  private String xhtml(TrackedRequest request, String address) {
    StringBuilder html = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n")
        .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"id\"><head><meta charset=\"UTF-8\"/>")
        .append("<title>Tanda Bukti Permohonan</title><style>").append(STYLE).append("</style></head><body>")
        .append("<h1>TANDA BUKTI PERMOHONAN</h1><p class=\"instansi\">").append(escape(properties.office())).append("</p>")
        .append("<table>");
    row(html, "Layanan", escape(request.layanan()));
    row(html, "Nomor register", escape(request.nomorRegister() == null ? "–" : request.nomorRegister()));
    row(html, "Tanggal diterima", page.dateTime(request.received()));
    row(html, "Batas waktu layanan", request.serviceDeadline() == null ? "–" : page.dateTime(request.serviceDeadline())
        + " (tidak termasuk waktu menunggu kelengkapan dari pemohon)");
    row(html, "Kode lacak", "<span class=\"kode\">" + request.code() + "</span>");
    html.append("</table><div class=\"qr\"><img src=\"").append(QrCode.dataUri(address)).append("\" alt=\"QR\"/></div>")
        .append("<p class=\"alamat\">").append(escape(address)).append("</p>")
        .append("<p>Pantau permohonan Anda di alamat di atas atau pindai kode QR. Setelah selesai, mohon isi Survei")
        .append(" Kepuasan Masyarakat di halaman yang sama.</p><p><b>Pengaduan</b></p><ul>");
    complaintChannels(request).forEach(channel -> html.append("<li>").append(escape(channel)).append("</li>"));
    return html.append("</ul></body></html>").toString();
  }

  private List<String> complaintChannels(TrackedRequest request) {
    List<String> channels = new ArrayList<>();
    standards.all().stream().filter(standard -> standard.key().equals(request.standarPelayanan())).findFirst()
        .map(standard -> standard.components().get("penanganan-pengaduan"))
        .filter(text -> !text.equalsIgnoreCase(StandarPelayanan.NOT_PUBLISHED)).ifPresent(channels::add);
    channels.addAll(properties.complaintChannels());
    return channels;
  }

  private static void row(StringBuilder html, String label, String value) {
    html.append("<tr><td class=\"label\">").append(label).append("</td><td>").append(value).append("</td></tr>");
  }
}

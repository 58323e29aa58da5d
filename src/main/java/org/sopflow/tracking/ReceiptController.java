package org.sopflow.tracking;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.catalog.SopCatalog;
import org.sopflow.engine.CurrentUser;
import org.sopflow.model.Opd;
import org.sopflow.model.Opds;
import org.sopflow.model.RoleCatalogue;
import org.sopflow.model.ServiceStandards;
import org.sopflow.model.SopDefinition;
import org.sopflow.model.StandarPelayanan;
import org.sopflow.print.Pdf;
import org.sopflow.print.QrCode;
import org.sopflow.print.Templates;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/layanan/{processInstanceId}/tanda-bukti.pdf}: the receipt an officer prints for the
 * applicant, for the SOP's lane roles and admins: service, register number, date received, service
 * deadline, the tracking address with its QR code, and where to complain. Each printing issues a new
 * tracking code (the one before stops working), logged with who printed it: the code exists only on
 * the paper the applicant takes home.
 */
@RestController
class ReceiptController {

  private static final Logger LOG = LoggerFactory.getLogger(ReceiptController.class);

  private final TrackedRequests requests;
  private final SopCatalog catalog;
  private final IdentityService identity;
  private final ServiceStandards standards;
  private final CitizenProperties properties;
  private final PublicAddress publicAddress;
  private final TrackingPage page;
  private final RoleCatalogue roles;
  private final Opds opds;

  ReceiptController(TrackedRequests requests, SopCatalog catalog, IdentityService identity, ServiceStandards standards,
                    CitizenProperties properties, PublicAddress publicAddress, WorkingCalendar calendar,
                    RoleCatalogue roles, Opds opds) {
    this.roles = roles;
    this.opds = opds;
    this.requests = requests;
    this.catalog = catalog;
    this.identity = identity;
    this.standards = standards;
    this.properties = properties;
    this.publicAddress = publicAddress;
    this.page = new TrackingPage(calendar.zone());
  }

  @GetMapping(path = "/api/layanan/{processInstanceId}/tanda-bukti.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> receipt(@PathVariable String processInstanceId) {
    if (!requests.tracked(processInstanceId)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No request with a tracking code has process instance '"
          + processInstanceId + "'; only the SOPs of a public service (a Standar Pelayanan file or sop.layanan-publik)"
          + " give receipts");
    }
    TrackedRequest request = requests.byInstance(processInstanceId).filter(this::ownRequest)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN,
            "The receipt is printed by the lane roles of its SOP and camunda-admin"));
    String printedBy = CurrentUser.id(identity);
    String code = requests.issueCode(processInstanceId, printedBy);
    int issues = requests.issues(processInstanceId);
    LOG.info("Receipt of process instance {} printed by {}: tracking code issued for the {}. time", processInstanceId,
        printedBy, issues);
    String address = publicAddress.of("/lacak/" + code);
    return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"tanda-bukti.pdf\"")
        .header(HttpHeaders.CACHE_CONTROL, "no-store").body(Pdf.print(xhtml(request, code, address)));
  }

  /** The request of a receipt's tracking code (as typed from a paper questionnaire), for its SOP's lane roles and camunda-admin. */
  record Permohonan(String processInstanceId, String layanan, String nomorRegister, boolean selesai) {
  }

  @GetMapping(path = "/api/layanan/kode/{kode}", produces = MediaType.APPLICATION_JSON_VALUE)
  Permohonan byCode(@PathVariable String kode) {
    String code = kode.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    TrackedRequest request = requests.byCode(code).filter(this::ownRequest)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "kode: no request of an SOP you work has"
            + " the tracking code '" + kode + "'"));
    return new Permohonan(request.processInstanceId(), request.layanan(), request.nomorRegister(), request.ended());
  }

  /** Whether the caller works the request's SOP (one of its lane roles) or is camunda-admin. */
  private boolean ownRequest(TrackedRequest request) {
    List<String> groups = CurrentUser.groups(identity);
    return groups.contains(Groups.CAMUNDA_ADMIN) || catalog.version(request.sopKey(), request.sopVersion())
        .map(SopDefinition::roles).orElse(List.of()).stream().anyMatch(groups::contains);
  }

  private String xhtml(TrackedRequest request, String code, String address) {
    return Templates.page("tracking/receipt", new Receipt(office(request), request.layanan(),
        request.nomorRegister() == null ? "–" : request.nomorRegister(), page.dateTime(request.received()),
        request.serviceDeadline() == null ? "–" : page.dateTime(request.serviceDeadline())
            + " (tidak termasuk waktu menunggu kelengkapan dari pemohon)",
        code, QrCode.dataUri(address), address, complaintChannels(request)));
  }

  /** The OPD whose SOP serves the request, as its opd.yaml names it; else sop.citizen.office. */
  private String office(TrackedRequest request) {
    return catalog.version(request.sopKey(), request.sopVersion()).flatMap(roles::opdOf).flatMap(opds::find)
        .map(Opd::nama).orElse(properties.office());
  }

  private List<String> complaintChannels(TrackedRequest request) {
    List<String> channels = new ArrayList<>();
    standards.all().stream().filter(standard -> standard.key().equals(request.standarPelayanan())).findFirst()
        .map(standard -> standard.components().get("penanganan-pengaduan"))
        .filter(text -> !text.equalsIgnoreCase(StandarPelayanan.NOT_PUBLISHED)).ifPresent(channels::add);
    channels.addAll(properties.complaintChannels());
    return channels;
  }

  private record Receipt(String office, String layanan, String nomorRegister, String received, String deadline,
                         String code, String qrCode, String address, List<String> complaintChannels) {
  }
}

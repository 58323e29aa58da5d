package org.sopflow.city;

import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.sopflow.engine.CurrentUser;
import org.sopflow.model.Opd;
import org.sopflow.print.Pdf;
import org.sopflow.roles.ReportReaders;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/kota?dari=&sampai=&urut=}: the city view as JSON, HTML ({@code Accept: text/html})
 * or PDF ({@code /api/kota.pdf}), for the Bagian Organisasi ({@code sop.city.group}) and {@code
 * camunda-admin}. Without dates: the current semester.
 */
@RestController
class CityController {

  private final CityViewService city;
  private final ReportReaders readers;
  private final AddedOpds added;
  private final IdentityService identity;

  CityController(CityViewService city, ReportReaders readers, AddedOpds added, IdentityService identity) {
    this.city = city;
    this.readers = readers;
    this.added = added;
    this.identity = identity;
  }

  /** What to add: the OPD's id, its folder's name in the city's location. */
  record OpdBaru(String id) {
  }

  /** An OPD added, as the installation now holds it. */
  record OpdDitambahkan(String id, String nama, String singkatan) {
  }

  /**
   * {@code POST /api/kota/opd}: adds the OPD whose folder is ready in the city's location, while the
   * server runs (camunda-admin); the other nodes take it up within {@code sop.city.refresh-interval}.
   */
  @PostMapping(path = "/api/kota/opd", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  OpdDitambahkan addOpd(@RequestBody OpdBaru opd) {
    if (!CurrentUser.isAdmin(identity)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Adding an OPD is for camunda-admin");
    }
    try {
      Opd addedOpd = added.add(opd.id(), CurrentUser.id(identity));
      return new OpdDitambahkan(addedOpd.tenantId(), addedOpd.nama(), addedOpd.label());
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
  }

  @GetMapping(path = "/api/kota", produces = MediaType.APPLICATION_JSON_VALUE)
  CityView json(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dari,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sampai,
                @RequestParam(required = false) String urut) {
    if (!readers.currentUserReadsEveryOpd()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "The city view is for the Bagian Organisasi and"
          + " camunda-admin");
    }
    try {
      return city.build(dari, sampai, urut);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
  }

  @GetMapping(path = "/api/kota", produces = "text/html;charset=UTF-8")
  String html(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dari,
              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sampai,
              @RequestParam(required = false) String urut) {
    return CityDocument.render(json(dari, sampai, urut), urut);
  }

  @GetMapping(path = "/api/kota.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> pdf(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dari,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sampai,
                             @RequestParam(required = false) String urut) {
    return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"sop-kota.pdf\"")
        .body(Pdf.print(html(dari, sampai, urut)));
  }
}

package org.sopflow.register;

import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.monitoring.TimingService;
import org.sopflow.print.Pdf;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/register?from=&to=&opd=}: one perangkat daerah's service register as JSON, HTML
 * ({@code Accept: text/html}) or PDF ({@code /api/register.pdf}), for the readers of the
 * maladministration log. Without dates: the last six months up to today; without {@code opd}: the
 * reader's own OPD.
 */
@RestController
class RegisterController {

  private final ServiceRegister register;
  private final TimingService timing;
  private final WorkingCalendar calendar;

  RegisterController(ServiceRegister register, TimingService timing, WorkingCalendar calendar) {
    this.register = register;
    this.timing = timing;
    this.calendar = calendar;
  }

  @GetMapping(path = "/api/register", produces = MediaType.APPLICATION_JSON_VALUE)
  Register json(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String opd) {
    try {
      return register.build(timing.window(from, to, null), opd);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
  }

  @GetMapping(path = "/api/register", produces = "text/html;charset=UTF-8")
  String html(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
              @RequestParam(required = false) String opd) {
    return RegisterDocument.render(json(from, to, opd), calendar.zone());
  }

  @GetMapping(path = "/api/register.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> pdf(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                             @RequestParam(required = false) String opd) {
    return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"register-layanan-sop.pdf\"")
        .body(Pdf.print(html(from, to, opd)));
  }
}

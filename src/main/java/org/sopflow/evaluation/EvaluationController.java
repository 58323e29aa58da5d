package org.sopflow.evaluation;

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
 * {@code GET /api/sops/evaluation?from=&to=}: the six-monthly monitoring of SOP application as JSON
 * ({@code Accept: application/json}), HTML ({@code text/html}) or PDF ({@code /api/sops/evaluation.pdf}),
 * for the readers of the maladministration log; {@code /api/sops/evaluation/penerapan} the evaluasi
 * penerapan SOP form of the same period. Without dates: the last six months up to today.
 */
@RestController
class EvaluationController {

  private final SopEvaluation evaluation;
  private final TimingService timing;
  private final WorkingCalendar calendar;

  EvaluationController(SopEvaluation evaluation, TimingService timing, WorkingCalendar calendar) {
    this.evaluation = evaluation;
    this.timing = timing;
    this.calendar = calendar;
  }

  @GetMapping(path = "/api/sops/evaluation", produces = MediaType.APPLICATION_JSON_VALUE)
  SopEvaluation.Evaluation json(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    return evaluate(from, to);
  }

  @GetMapping(path = "/api/sops/evaluation", produces = "text/html;charset=UTF-8")
  String html(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    return EvaluationDocument.render(evaluate(from, to), calendar.zone());
  }

  @GetMapping(path = "/api/sops/evaluation.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> pdf(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    byte[] pdf = Pdf.print(html(from, to));
    return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"evaluasi-sop.pdf\"").body(pdf);
  }

  /** The evaluasi penerapan SOP form of the same period, prefilled where the runs measure a criterion. */
  @GetMapping(path = "/api/sops/evaluation/penerapan", produces = MediaType.APPLICATION_JSON_VALUE)
  PenerapanEvaluation.Form penerapanJson(@RequestParam(required = false) String from,
                                         @RequestParam(required = false) String to) {
    return PenerapanEvaluation.of(evaluate(from, to));
  }

  @GetMapping(path = "/api/sops/evaluation/penerapan", produces = "text/html;charset=UTF-8")
  String penerapanHtml(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    return PenerapanDocument.render(penerapanJson(from, to), calendar.zone());
  }

  @GetMapping(path = "/api/sops/evaluation/penerapan.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> penerapanPdf(@RequestParam(required = false) String from,
                                      @RequestParam(required = false) String to) {
    byte[] pdf = Pdf.print(penerapanHtml(from, to));
    return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"evaluasi-penerapan-sop.pdf\"")
        .body(pdf);
  }

  private SopEvaluation.Evaluation evaluate(String from, String to) {
    try {
      return evaluation.evaluate(timing.window(from, to, null));
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
  }
}

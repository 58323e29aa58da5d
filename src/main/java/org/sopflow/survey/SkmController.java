package org.sopflow.survey;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.catalog.SopCatalog;
import org.sopflow.engine.CurrentUser;
import org.sopflow.model.ServiceStandards;
import org.sopflow.model.SopDefinition;
import org.sopflow.model.StandarPelayanan;
import org.sopflow.print.Pdf;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/skm?from=&to=}: the IKM report (JSON; HTML; CSV with {@code Accept: text/csv};
 * {@code /api/skm.pdf}) for the readers of the maladministration log, by default the current
 * semester. {@code POST /api/skm/responses}: an officer of the SOP's lanes enters a paper questionnaire.
 */
@RestController
class SkmController {

  private final IkmService ikm;
  private final SkmResponses responses;
  private final HistoryService history;
  private final SopCatalog catalog;
  private final ServiceStandards standards;
  private final IdentityService identity;
  private final WorkingCalendar calendar;
  private final InternalSurvey internalSurvey;

  SkmController(IkmService ikm, SkmResponses responses, HistoryService history, SopCatalog catalog,
                ServiceStandards standards, IdentityService identity, WorkingCalendar calendar,
                InternalSurvey internalSurvey) {
    this.internalSurvey = internalSurvey;
    this.ikm = ikm;
    this.responses = responses;
    this.history = history;
    this.catalog = catalog;
    this.standards = standards;
    this.identity = identity;
    this.calendar = calendar;
  }

  @GetMapping(path = "/api/skm", produces = MediaType.APPLICATION_JSON_VALUE)
  IkmReport json(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String opd) {
    try {
      return ikm.report(from, to, opd);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
  }

  @GetMapping(path = "/api/skm", produces = "text/html;charset=UTF-8")
  String html(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String opd) {
    IkmReport report = json(from, to, opd);
    return IkmDocument.html(report, internal(from, to, opd), ikm.rtl(report), calendar.zone());
  }

  /**
   * The internal survey of the same period: per service to other agencies and staff, the
   * percentage of answers satisfied. Beside the IKM (and printed under it), never in it.
   */
  @GetMapping(path = "/api/skm/internal", produces = MediaType.APPLICATION_JSON_VALUE)
  InternalSurveyReport internal(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String opd) {
    try {
      return ikm.internal(from, to, opd);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
  }

  /**
   * The rencana tindak lanjut of a period (by default the current semester): per service the unsur
   * from the lowest NRR up and the follow-ups made of its results ({@code POST /api/tindak-lanjut}, sumber SKM).
   */
  @GetMapping(path = "/api/skm/rtl", produces = MediaType.APPLICATION_JSON_VALUE)
  Rtl rtl(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String opd) {
    return ikm.rtl(json(from, to, opd));
  }

  @GetMapping(path = "/api/skm/rtl", produces = "text/html;charset=UTF-8")
  String rtlHtml(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String opd) {
    return IkmDocument.rtlHtml(rtl(from, to, opd), calendar.zone());
  }

  @GetMapping(path = "/api/skm/rtl.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> rtlPdf(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String opd) {
    return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"rtl-skm.pdf\"")
        .body(Pdf.print(rtlHtml(from, to, opd)));
  }

  @GetMapping(path = "/api/skm", produces = "text/csv;charset=UTF-8")
  ResponseEntity<String> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String opd) {
    return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ikm.csv\"")
        .body(IkmDocument.csv(json(from, to, opd)));
  }

  /** The nine unsur of the whole office (or of one service, {@code layanan}) as a chart; Cockpit shows it. */
  @GetMapping(path = "/api/skm.svg", produces = "image/svg+xml")
  String chart(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
               @RequestParam(required = false) String layanan, @RequestParam(required = false) String opd) {
    IkmReport report = json(from, to, opd);
    if (layanan == null) {
      return UnsurChart.svg("Nilai per unsur: seluruh layanan", report.office());
    }
    IkmReport.Service service = report.services().stream().filter(s -> s.key().equals(layanan)).findFirst()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "layanan '" + layanan + "' is not a service"
            + " of the report; known: " + report.services().stream().map(IkmReport.Service::key).toList()));
    return UnsurChart.svg("Nilai per unsur: " + service.nama(), service.score());
  }

  @GetMapping(path = "/api/skm.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> pdf(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String opd) {
    return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"ikm.pdf\"")
        .body(Pdf.print(html(from, to, opd)));
  }

  /** One question of the paper questionnaire: its number, the unsur it rates, its four answers (1 to 4). */
  record Pertanyaan(int nomor, String field, String unsur, String unsurLabel, String pertanyaan, List<String> jawaban) {
  }

  /**
   * The paper questionnaire as the regulation's sample form asks it, question by question, with the
   * unsur each one rates (question 8 rates U9 sarana, question 9 rates U8 pengaduan): what the entry
   * page shows beside each question.
   */
  @GetMapping(path = "/api/skm/kuesioner", produces = MediaType.APPLICATION_JSON_VALUE)
  List<Pertanyaan> questionnaire() {
    return Unsur.inQuestionnaireOrder().stream().map(unsur -> new Pertanyaan(unsur.pertanyaan(), unsur.questionField(),
        unsur.field(), unsur.label(), unsur.question(), unsur.answers())).toList();
  }

  /**
   * A paper questionnaire of a served request: {@code processInstanceId}, {@code u1}..{@code u9}
   * (1-4; an unsur left blank on paper may be left out), and the optional profile and saran.
   */
  @PostMapping(path = "/api/skm/responses", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, String>> paper(@RequestBody Map<String, Object> body) {
    SkmResponses.Served served = served(body, "Paper questionnaires");
    if (internalSurvey.covers(served.serviceKey())) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "layanan '" + served.serviceKey() + "' is an internal"
          + " service, rated by the internal survey: enter its answer with POST /api/skm/internal/responses");
    }
    Map<String, String> fields = new HashMap<>();
    body.forEach((name, value) -> fields.put(name, value == null ? null : String.valueOf(value)));
    SkmAnswer answer;
    try {
      answer = SkmAnswer.read(fields, false);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
    try {
      responses.record(served, answer, SkmResponses.Source.KERTAS, CurrentUser.id(identity));
    } catch (SkmResponses.AlreadyAnswered e) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage());
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("processInstanceId", served.processInstanceId(),
        "layanan", served.serviceKey(), "sumber", "kertas"));
  }

  /**
   * An internal survey's answer given on paper or by message: {@code processInstanceId}, {@code puas}
   * (true or false) and an optional {@code saran}. Entered by the SOP's lane roles and camunda-admin.
   */
  @PostMapping(path = "/api/skm/internal/responses", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, String>> internalAnswer(@RequestBody Map<String, Object> body) {
    SkmResponses.Served served = served(body, "Internal survey answers");
    if (!internalSurvey.covers(served.serviceKey())) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "layanan '" + served.serviceKey() + "' is rated by the"
          + " SKM, not the internal survey: enter its questionnaire with POST /api/skm/responses");
    }
    if (!(body.get("puas") instanceof Boolean puas)) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "puas: '" + body.get("puas") + "' is not true or false");
    }
    Object saran = body.get("saran");
    try {
      internalSurvey.record(served, puas, saran == null ? null : String.valueOf(saran), SkmResponses.Source.KERTAS,
          CurrentUser.id(identity));
    } catch (SkmResponses.AlreadyAnswered e) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("processInstanceId", served.processInstanceId(),
        "layanan", served.serviceKey(), "sumber", "kertas"));
  }

  /** The served request an answer judges, which the caller may enter answers for (a lane role of its SOP, or camunda-admin). */
  private SkmResponses.Served served(Map<String, Object> body, String what) {
    Object id = body.get("processInstanceId");
    if (!(id instanceof String instanceId) || instanceId.isBlank()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "processInstanceId is missing");
    }
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery().processInstanceId(instanceId)
        .singleResult();
    if (instance == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No process instance '" + instanceId + "' you may read");
    }
    SopDefinition sop = catalog.model(instance.getProcessDefinitionId()).orElseThrow(() -> new ResponseStatusException(
        HttpStatus.BAD_REQUEST, "Process instance '" + instanceId + "' is not of an SOP"));
    List<String> groups = CurrentUser.groups(identity);
    if (!groups.contains(Groups.CAMUNDA_ADMIN) && sop.roles().stream().noneMatch(groups::contains)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, what + " of '" + sop.key()
          + "' are entered by its lane roles " + sop.roles() + " and camunda-admin");
    }
    if (!HistoricProcessInstance.STATE_COMPLETED.equals(instance.getState())) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "Process instance '" + instanceId
          + "' has not been served yet (state " + instance.getState() + "); the survey judges a served request");
    }
    String service = standards.carriedOutBy(sop.key()).stream().map(StandarPelayanan::key).findFirst().orElse(sop.key());
    return new SkmResponses.Served(instanceId, sop.key(), instance.getProcessDefinitionVersion(), service);
  }
}

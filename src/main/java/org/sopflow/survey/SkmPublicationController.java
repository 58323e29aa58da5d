package org.sopflow.survey;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.sopflow.engine.CurrentUser;
import org.sopflow.model.Opd;
import org.sopflow.model.Opds;
import org.sopflow.print.CitizenPages;
import org.sopflow.print.Templates;
import org.sopflow.roles.ReportReaders;
import org.sopflow.roles.ReportScope;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The SKM results published for everyone (PermenPAN-RB 14/2017): {@code POST /api/skm/publikasi}
 * (the head of an OPD, for its own) publishes a period; {@code GET /skm} (no login, Indonesian, no
 * script) shows, for every OPD of the city, each published period's IKM, mutu and kinerja, for the
 * OPD and per service, with the respondents and the lowest unsur, and its rencana tindak lanjut with
 * the progress of each action. Figures and actions only: no answer, saran or respondent.
 */
@RestController
class SkmPublicationController {

  private static final MediaType UTF8_HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

  private final SkmPublications publications;
  private final IkmService ikm;
  private final ReportReaders readers;
  private final IdentityService identity;
  private final Opds opds;

  SkmPublicationController(SkmPublications publications, IkmService ikm, ReportReaders readers,
                           IdentityService identity, Opds opds) {
    this.opds = opds;
    this.publications = publications;
    this.ikm = ikm;
    this.readers = readers;
    this.identity = identity;
  }

  /** @param from first day (default: the current half year's), {@code to} its last day */
  record Publikasi(String from, String to) {
  }

  record Diumumkan(String periode, LocalDate from, LocalDate to) {
  }

  @PostMapping(path = "/api/skm/publikasi", produces = MediaType.APPLICATION_JSON_VALUE)
  Diumumkan publish(@RequestBody(required = false) Publikasi request) {
    ReportScope scope = CurrentUser.id(identity) == null ? null : readers.currentScope();
    if (scope == null || !scope.wholeOffice()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "An OPD's SKM results are published by the head of"
          + " the OPD (kepala-dinas, camat) or camunda-admin");
    }
    SkmPublications.Period period = period(request);
    publications.publish(scope.opd(), period, CurrentUser.id(identity));
    return new Diumumkan(period.label(), period.from(), period.to().minusDays(1));
  }

  @GetMapping(path = "/skm", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> page() {
    List<OpdView> units = new java.util.ArrayList<>();
    for (Opd opd : opds.all()) {
      boolean first = opd.equals(opds.all().get(0));
      units.add(new OpdView(opd.tenantId(), opd.nama(), publications.published(opd.tenantId(), first).stream()
          .map(period -> view(opd.tenantId(), period)).toList()));
    }
    return ResponseEntity.ok().headers(CitizenPages.headers()).contentType(UTF8_HTML)
        .body(Templates.page("survey/publikasi", new Page(units)));
  }

  private SkmPublications.Period period(Publikasi request) {
    if (request == null || request.from() == null) {
      return publications.currentSemester();
    }
    try {
      LocalDate from = LocalDate.parse(request.from());
      LocalDate last = request.to() == null ? from.plusMonths(6).minusDays(1) : LocalDate.parse(request.to());
      return new SkmPublications.Period(from, last.plusDays(1));
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "from and to are the period's first and last day"
          + " (2025-01-01, 2025-06-30): " + e.getMessage());
    }
  }

  /** The figures as anyone would read them: the whole OPD, whoever asks (the page needs no login). */
  private PeriodView view(String opd, SkmPublications.Period period) {
    IkmReport report = ikm.report(period.from().toString(), period.to().minusDays(1).toString(), opd);
    return new PeriodView(period.from().toString(), period.label(), ScoreView.of(report.office()),
        report.services().stream().filter(service -> service.score().respondents() > 0)
            .map(ServiceView::of).toList(), IkmDocument.PlanRow.of(ikm.rtl(report)));
  }

  private record Page(List<OpdView> opds) {
  }

  /** One OPD's published periods; {@code nama} null on a single-office install without opd.yaml. */
  private record OpdView(String id, String nama, List<PeriodView> periods) {
  }

  private record PeriodView(String from, String label, ScoreView office, List<ServiceView> services,
                            List<IkmDocument.PlanRow> plans) {
  }

  private record ScoreView(String ikm, String mutu, String kinerja, long respondents) {
    static ScoreView of(IkmReport.Score score) {
      return new ScoreView(score.ikmUnit() == null ? "–" : String.format(Locale.ROOT, "%.2f", score.ikmUnit()),
          score.mutu() == null ? "–" : score.mutu(), score.kinerja() == null ? "–" : score.kinerja(),
          score.respondents());
    }
  }

  private record ServiceView(String key, String nama, String ikm, String mutu, String kinerja, long respondents,
                             String lowestUnsur) {
    static ServiceView of(IkmReport.Service service) {
      ScoreView score = ScoreView.of(service.score());
      return new ServiceView(service.key(), service.nama(), score.ikm(), score.mutu(), score.kinerja(),
          score.respondents(), service.lowestUnsur() == null ? "–" : service.lowestUnsur());
    }
  }
}

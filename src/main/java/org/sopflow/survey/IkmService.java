package org.sopflow.survey;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sopflow.calendar.DateParameter;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.catalog.SopCatalog;
import org.sopflow.followup.FollowUps;
import org.sopflow.model.RoleCatalogue;
import org.sopflow.model.ServiceStandards;
import org.sopflow.model.StandarPelayanan;
import org.sopflow.monitoring.TimingFigures.SopTiming;
import org.sopflow.monitoring.TimingService;
import org.sopflow.roles.ReportReaders;
import org.sopflow.roles.ReportScope;
import org.springframework.stereotype.Service;

/** Builds the IKM report of a period from the stored questionnaires and the measured runs. */
@Service
public class IkmService {

  private final SkmResponses responses;
  private final ServiceStandards standards;
  private final SopCatalog catalog;
  private final TimingService timing;
  private final ZoneId zone;
  private final Clock clock;
  private final ReportReaders readers;
  private final FollowUps followUps;
  private final RoleCatalogue roles;
  private final InternalSurvey internalSurvey;

  IkmService(SkmResponses responses, ServiceStandards standards, SopCatalog catalog, TimingService timing,
             WorkingCalendar calendar, Clock clock, ReportReaders readers, FollowUps followUps, RoleCatalogue roles,
             InternalSurvey internalSurvey) {
    this.internalSurvey = internalSurvey;
    this.readers = readers;
    this.followUps = followUps;
    this.roles = roles;
    this.responses = responses;
    this.clock = clock;
    this.standards = standards;
    this.catalog = catalog;
    this.timing = timing;
    this.zone = calendar.zone();
  }

  /**
   * The report of {@code from} to {@code to} (ISO dates, {@code to} included, or instants); without
   * them the current semester (January-June or July-December). Throws IllegalArgumentException naming
   * the bad parameter.
   */
  IkmReport report(String from, String to) {
    return report(from, to, null);
  }

  /** The IKM of one OPD (tenant id; null: the reader's own), as {@link #report(String, String)}. */
  public IkmReport report(String from, String to, String opd) {
    Instant[] period = period(from, to);
    return readers.figures(() -> report(period[0], period[1], readers.currentScope(opd)));
  }

  /** The internal survey of the same period as {@link #report(String, String)}, for the services the reader may see. */
  InternalSurveyReport internal(String from, String to, String opd) {
    return readers.figures(() -> internalAsReader(from, to, opd));
  }

  private InternalSurveyReport internalAsReader(String from, String to, String opd) {
    Instant[] period = period(from, to);
    ReportScope scope = readers.currentScope(opd);
    Set<String> readable = readable(scope);
    return new InternalSurveyReport(period[0], period[1], internalSurvey.results(period[0], period[1],
        standard -> scope.showsService(opdOf(standard.key()), standard.sop(), readable::contains)));
  }

  /** The SOPs of the scope's OPD the reader may read. */
  private Set<String> readable(ReportScope scope) {
    return catalog.latestOf(scope.opd()).stream().map(sop -> sop.sop().key()).collect(Collectors.toSet());
  }

  /** The OPD of a service, or of an SOP answered for without a Standar Pelayanan. */
  private String opdOf(String serviceKey) {
    return standards.opdOf(serviceKey).orElseGet(() -> catalog.latest(serviceKey)
        .map(sop -> sop.definition().getTenantId()).orElse(null));
  }

  private Instant[] period(String from, String to) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
    LocalDate semester = today.withMonth(today.getMonthValue() <= 6 ? 1 : 7).withDayOfMonth(1);
    Instant start = DateParameter.instant("from", from, zone, false);
    Instant end = DateParameter.instant("to", to, zone, true);
    start = start != null ? start : semester.atStartOfDay(zone).toInstant();
    end = end != null ? end : semester.plusMonths(6).atStartOfDay(zone).toInstant();
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException("from " + start + " must be before to " + end);
    }
    return new Instant[] {start, end};
  }

  /** The rencana tindak lanjut of a report's period, for its services. */
  Rtl rtl(IkmReport report) {
    return Rtl.of(report, followUps, roles, zone, LocalDate.ofInstant(clock.instant(), zone));
  }

  /**
   * The services the reader's scope covers (for the head of the office and camunda-admin all; for
   * anyone else those carried out by an SOP they may read), and only their answers.
   */
  private IkmReport report(Instant from, Instant to, ReportScope scope) {
    Set<String> readable = readable(scope);
    Map<String, SopTiming> timings = timing.overviewOf(timing.window(from, to, null), scope.opd()).sops().stream()
        .collect(Collectors.toMap(SopTiming::key, Function.identity()));
    Map<String, List<String>> services = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    // an internal service is rated by the internal survey, beside the IKM and never inside it
    for (StandarPelayanan standard : standards.all()) {
      if (!standard.layananInternal() && scope.showsService(opdOf(standard.key()), standard.sop(), readable::contains)) {
        services.put(standard.key(), standard.sop());
        names.put(standard.key(), standard.nama());
      }
    }
    Set<String> standardKeys = standards.all().stream().map(StandarPelayanan::key).collect(Collectors.toSet());
    // an answer for an SOP without a Standar Pelayanan counts as that SOP's own service
    List<SkmResponses.Row> rows = responses.between(from, to).stream()
        .filter(row -> services.containsKey(row.serviceKey()) || !standardKeys.contains(row.serviceKey())
            && scope.showsService(opdOf(row.serviceKey()), List.of(row.serviceKey()), readable::contains))
        .toList();
    rows.stream().map(SkmResponses.Row::serviceKey).distinct().filter(key -> !services.containsKey(key)).forEach(key -> {
      services.put(key, List.of(key));
      names.put(key, catalog.latest(key).map(sop -> sop.sop().name()).orElse(key));
    });
    List<IkmReport.Service> result = new ArrayList<>();
    services.forEach((key, sops) -> result.add(service(key, names.get(key), sops, rows, timings)));
    return new IkmReport(from, to, IkmCalculation.score(rows.stream().map(SkmResponses.Row::values).toList()), result);
  }

  private static IkmReport.Service service(String key, String name, List<String> sops, List<SkmResponses.Row> rows,
                                           Map<String, SopTiming> timings) {
    IkmReport.Score score = IkmCalculation.score(rows.stream().filter(row -> row.serviceKey().equals(key))
        .map(SkmResponses.Row::values).toList());
    long served = 0;
    double onTime = 0;
    long judged = 0;
    for (String sop : sops) {
      SopTiming figures = timings.get(sop);
      if (figures != null) {
        served += figures.completed();
        if (figures.onTimeRate() != null) {
          onTime += figures.onTimeRate() * figures.completed();
          judged += figures.completed();
        }
      }
    }
    long minimum = IkmCalculation.krejcieMorgan(served);
    return new IkmReport.Service(key, name, score, served, minimum, score.respondents() >= minimum,
        IkmCalculation.lowest(score), judged == 0 ? null : onTime / judged);
  }
}

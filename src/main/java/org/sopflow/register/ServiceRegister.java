package org.sopflow.register;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.catalog.DeployedSop;
import org.sopflow.catalog.SopCatalog;
import org.sopflow.deviation.MaladministrationEvents;
import org.sopflow.deviation.Rule;
import org.sopflow.followup.FollowUp;
import org.sopflow.followup.FollowUps;
import org.sopflow.model.DocumentedSop;
import org.sopflow.model.Opd;
import org.sopflow.model.Opds;
import org.sopflow.deadline.DeadlineRecords;
import org.sopflow.model.Role;
import org.sopflow.model.RoleCatalogue;
import org.sopflow.model.ServiceStandards;
import org.sopflow.model.SopDefinition;
import org.sopflow.model.SopLane;
import org.sopflow.model.SopProperty;
import org.sopflow.model.StandarPelayanan;
import org.sopflow.monitoring.TimingFigures.Detail;
import org.sopflow.monitoring.TimingFigures.StepTiming;
import org.sopflow.monitoring.TimingService;
import org.sopflow.monitoring.TimingWindow;
import org.sopflow.print.ReportHead;
import org.sopflow.register.Register.Finding;
import org.sopflow.renewal.SopVersions;
import org.sopflow.roles.ReportReaders;
import org.sopflow.roles.ReportScope;
import org.sopflow.roles.RoleMembers;
import org.springframework.stereotype.Service;

/**
 * Builds the service register of a period from the models (latest deployed versions), the Standar
 * Pelayanan files and {@code sop-dokumen.yaml}, Camunda's users and groups, and the measured runs.
 */
@Service
public class ServiceRegister {

  static final int TREND_MONTHS = 12;
  private static final DateTimeFormatter DATE = ReportHead.DATE;

  private final TimingService timing;
  private final SopCatalog catalog;
  private final ServiceStandards standards;
  private final MaladministrationEvents events;
  private final RoleMembers members;
  private final WorkingCalendar calendar;
  private final RegisterProperties properties;
  private final ReportReaders readers;
  private final SopVersions versions;
  private final FollowUps followUps;
  private final Opds opds;
  private final RoleCatalogue roles;
  private final DeadlineRecords deadlines;

  ServiceRegister(TimingService timing, SopCatalog catalog, ServiceStandards standards, MaladministrationEvents events,
                  RoleMembers members, WorkingCalendar calendar, RegisterProperties properties, ReportReaders readers,
                  SopVersions versions, FollowUps followUps, Opds opds, RoleCatalogue roles, DeadlineRecords deadlines) {
    this.opds = opds;
    this.roles = roles;
    this.deadlines = deadlines;
    this.versions = versions;
    this.followUps = followUps;
    this.timing = timing;
    this.catalog = catalog;
    this.standards = standards;
    this.events = events;
    this.members = members;
    this.calendar = calendar;
    this.properties = properties;
    this.readers = readers;
  }

  /**
   * The register as the current reader may see it: the SOPs Camunda lets them read, the signed-only
   * SOPs of the bidang they head, and the services carried out by those; the head of the office and
   * {@code camunda-admin} see every service, also one without an SOP.
   */
  Register build(TimingWindow window) {
    return build(window, null);
  }

  /**
   * One OPD's register as the current reader may see it.
   *
   * @param opd the OPD (tenant id); null for the reader's own
   */
  public Register build(TimingWindow window, String opd) {
    return readers.figures(() -> buildAsReader(window, opd));
  }

  private Register buildAsReader(TimingWindow window, String opd) {
    Period period = new Period(window, timing.window(window.from().minus(Duration.between(window.from(), window.to())),
        window.from(), null), calendar.zone());
    ReportScope scope = readers.currentScope(opd);
    Map<String, DeployedSop> deployed = catalog.latestOf(scope.opd()).stream()
        .collect(Collectors.toMap(sop -> sop.sop().key(), Function.identity(), (a, b) -> a, java.util.TreeMap::new));
    Map<String, DocumentedSop> documents = standards.documentOnly().stream()
        .filter(document -> !deployed.containsKey(document.key())
            && scope.covers(standards.opdOf(document.key()).orElse(null), document.bidang()))
        .collect(Collectors.toMap(DocumentedSop::key, Function.identity(), (a, b) -> a, java.util.TreeMap::new));
    Predicate<String> visible = key -> scope.wholeOffice() || deployed.containsKey(key) || documents.containsKey(key);
    List<Finding> findings = new ArrayList<>();
    List<Register.Service> services = standards.all().stream()
        .filter(standard -> scope.showsService(standards.opdOf(standard.key()).orElse(null), standard.sop(), visible))
        .map(standard -> service(standard, standard.sop().stream().filter(visible).toList(), deployed, documents,
            period, findings)).toList();
    Map<String, Long> roleMembers = members.count(deployed.values().stream()
        .flatMap(sop -> sop.sop().roles().stream()).collect(Collectors.toCollection(LinkedHashSet::new)));
    List<Register.Sop> sops = new ArrayList<>();
    deployed.values().forEach(sop -> sops.add(executable(sop, period, roleMembers, findings)));
    documents.values().forEach(document -> sops.add(documentOnly(document, period, findings)));
    List<Register.Renewal> renewals = versions.inRenewal().stream().filter(version -> visible.test(version.sopKey()))
        .map(version -> new Register.Renewal(version.sopKey(), version.state().label(), version.id(),
            version.submittedAt(), version.note())).toList();
    List<Integer> withoutHolidays = calendar.yearsWithoutHolidays(LocalDate.ofInstant(window.from(), calendar.zone()),
        period.today().plusYears(1));
    if (!withoutHolidays.isEmpty()) {
      findings.add(Finding.of(FindingKind.KALENDER_TANPA_LIBUR, null, null, null, null, null, null,
          WorkingCalendar.missingHolidaysWarning(withoutHolidays)));
    }
    return new Register(window.from(), window.to(), period.previous().from(), services, sops,
        withFollowUps(findings, period.today()), renewals, unreadable(),
        scope.wholeOffice() ? opds.find(scope.opd()).map(Opd::sopDitetapkan).orElse(null) : null,
        scope.wholeOffice() ? handOffs(scope.opd(), period.current()) : List.of(),
        opds.find(scope.opd()).filter(unit -> unit.tenantId() != null)
            .map(unit -> new Register.OpdRef(unit.tenantId(), unit.nama())).orElse(null));
  }

  /**
   * The steps of other OPDs' SOPs offered to this OPD's roles that work them (an agency's liaison,
   * where the agency is this OPD), with the deviations recorded on them.
   */
  private List<Register.HandOff> handOffs(String opd, TimingWindow window) {
    List<String> guests = roles.rolesOf(opd).map(Role::id).filter(role -> roles.guestIn(role).isPresent()).toList();
    Map<List<String>, Long> deviations = events.countsByStepOfRoles(guests, window.from(), window.to());
    return deadlines.offeredTo(guests, window.from(), window.to()).stream().map(step -> new Register.HandOff(
        step.sopKey(), step.activityId(), step.role(), step.offered(), step.completed(), step.onTime(),
        deviations.getOrDefault(java.util.Arrays.asList(step.sopKey(), step.activityId()), 0L))).toList();
  }

  /** Each finding with the follow-ups made of a finding like it (kind, SOP or service, step), not cancelled. */
  private List<Finding> withFollowUps(List<Finding> findings, LocalDate today) {
    List<FollowUp> all = followUps.all().stream().filter(followUp -> followUp.state() != FollowUp.State.DIBATALKAN
        && followUp.source().kind() == FollowUp.SourceKind.TEMUAN).toList();
    return findings.stream().map(finding -> finding.withFollowUps(all.stream()
        .filter(followUp -> finding.kind().name().equals(followUp.source().ref()) && sameSubject(finding, followUp))
        .map(followUp -> new Register.FollowUpRef(followUp.id(), followUp.action(), followUp.responsibleRole(),
            followUp.dueOn(), followUp.state().label(), followUp.overdue(today))).toList())).toList();
  }

  /** The same SOP and step; for a service without an SOP (named in the finding), the same service. */
  private boolean sameSubject(Finding finding, FollowUp followUp) {
    FollowUp.Source source = followUp.source();
    return finding.sop() != null ? finding.sop().equals(source.sopKey())
        && java.util.Objects.equals(finding.activityId(), source.activityId())
        : standards.all().stream().anyMatch(standard -> standard.key().equals(source.serviceKey())
            && standard.nama().equals(finding.service()));
  }

  /** The errors that left a file (or an entry of sop-dokumen.yaml) out of the register. */
  private List<String> unreadable() {
    return java.util.stream.Stream.concat(standards.reads().stream().flatMap(read -> read.problems().stream()),
            standards.documentProblems().stream())
        .filter(StandarPelayanan.Problem::error)
        .map(problem -> problem.file() + (problem.field() == null ? "" : ", field '" + problem.field() + "'") + ": "
            + problem.message()).toList();
  }

  /** This period, the one before it of the same length, and today. */
  private record Period(TimingWindow current, TimingWindow previous, ZoneId zone) {

    LocalDate today() {
      return LocalDate.ofInstant(current.now(), zone);
    }

    String text(TimingWindow window) {
      return DATE.format(window.from().atZone(zone)) + " – " + DATE.format(window.to().minusSeconds(1).atZone(zone));
    }

    String text() {
      return text(current);
    }
  }

  private Register.Service service(StandarPelayanan standard, List<String> sopKeys, Map<String, DeployedSop> deployed,
                                   Map<String, DocumentedSop> documents, Period period, List<Finding> findings) {
    List<Register.SopRef> refs = sopKeys.stream().map(key -> deployed.containsKey(key)
        ? new Register.SopRef(key, deployed.get(key).sop().name(), deployed.get(key).sop().identity(SopProperty.NOMOR), true)
        : documents.containsKey(key) ? new Register.SopRef(key, documents.get(key).nama(), documents.get(key).nomor(), false)
        : new Register.SopRef(key, null, null, null)).toList();
    if (refs.stream().noneMatch(ref -> ref.executable() != null)) {
      findings.add(Finding.of(FindingKind.SP_TANPA_SOP, standard.nama(), null, null, null, null, null,
          "Standar Pelayanan '" + standard.nama() + "' (" + StandarPelayanan.FOLDER + standard.key()
              + ".yaml) tidak dilaksanakan oleh SOP mana pun"
              + (standard.sop().isEmpty() ? "" : "; SOP yang disebut tidak ada: " + String.join(", ", standard.sop()))));
    }
    long completed = 0;
    long within = 0;
    for (Register.SopRef ref : refs) {
      if (Boolean.TRUE.equals(ref.executable())) {
        SopDefinition sop = deployed.get(ref.key()).sop();
        long limit = standard.jangkaWaktu() == null ? Long.MAX_VALUE
            : calendarOf(sop).seconds(standard.jangkaWaktu(), sop.calendar());
        var runs = timing.runsWithin(ref.key(), period.current(), limit);
        completed += runs.completed();
        within += runs.within();
      }
    }
    boolean measured = standard.jangkaWaktu() != null;
    return new Register.Service(standard.key(), standard.nama(), StandarPelayanan.FOLDER + standard.key() + ".yaml",
        measured ? standard.jangkaWaktu().text() : null, refs, completed, measured ? within : null,
        measured && completed > 0 ? (double) within / completed : null);
  }

  private Register.Sop executable(DeployedSop deployed, Period period, Map<String, Long> roleMembers,
                                  List<Finding> findings) {
    SopDefinition sop = deployed.sop();
    LocalDate reviewedOn = date(sop.identity(SopProperty.TANGGAL_REVISI));
    reviewedOn = reviewedOn != null ? reviewedOn : date(sop.identity(SopProperty.TANGGAL_EFEKTIF));
    LocalDate reviewDue = review(sop.key(), sop.name(), reviewedOn, period, findings);
    for (SopLane lane : sop.lanes()) {
      if (roleMembers.getOrDefault(lane.id(), 0L) == 0) {
        findings.add(Finding.of(FindingKind.PERAN_TANPA_PELAKSANA, null, sop.key(), sop.name(), null, null, lane.id(),
            "Peran '" + lane.id() + "' (lajur " + lane.name() + ") tidak memiliki satu pun pengguna di Camunda"));
      }
    }
    Detail detail = timing.detail(sop.key(), period.current()).orElseThrow();
    Detail before = timing.detail(sop.key(), period.previous()).orElseThrow();
    long started = detail.sop().started();
    if (started == 0) {
      findings.add(Finding.of(FindingKind.SOP_TIDAK_DIJALANKAN, null, sop.key(), sop.name(), null, null, null,
          "Tidak ada layanan yang dimulai pada periode " + period.text()));
    }
    Map<String, Map<Rule, Long>> stepEvents = events.countsByStepAndRule(period.current().from(), period.current().to(),
        sop.key());
    long stepsCompleted = 0;
    long stepsOnTime = 0;
    for (StepTiming step : detail.steps()) {
      if (step.menungguPemohon()) { // the applicant's time: no standard, no lane to keep
        continue;
      }
      stepsCompleted += step.completed();
      stepsOnTime += step.onTime();
      StepTiming earlier = before.steps().stream().filter(s -> s.activityId().equals(step.activityId())).findFirst()
          .orElse(null);
      stepFindings(sop, step, earlier, stepEvents.getOrDefault(step.activityId(), Map.of()), started, period, findings);
    }
    List<String> services = standards.carriedOutBy(sop.key()).stream().map(StandarPelayanan::nama).toList();
    YearMonth lastMonth = YearMonth.from(period.current().to().minusSeconds(1).atZone(period.zone()));
    return new Register.Sop(sop.key(), sop.name(), sop.identity(SopProperty.NOMOR), deployed.status(),
        sop.identity(SopProperty.BIDANG), true,
        deployed.definition().getVersion(), reviewedOn, reviewDue, started, detail.sop().completed(),
        stepsCompleted == 0 ? null : (double) stepsOnTime / stepsCompleted, stepsCompleted, stepsOnTime, services,
        timing.trend(sop.key(), lastMonth, TREND_MONTHS));
  }

  private void stepFindings(SopDefinition sop, StepTiming step, StepTiming earlier, Map<Rule, Long> stepEvents,
                            long started, Period period, List<Finding> findings) {
    long outside = stepEvents.getOrDefault(Rule.COMPLETED_OUTSIDE_LANE, 0L)
        + stepEvents.getOrDefault(Rule.REASSIGNED_OUTSIDE_LANE, 0L);
    long runs = Math.max(step.completed(), outside);
    if (outside > 0 && (double) outside / runs >= properties.outsideLaneShare()) {
      findings.add(stepFinding(FindingKind.DI_LUAR_PERAN, sop, step, outside + " dari " + runs + " kali ("
          + percent((double) outside / runs) + ") diselesaikan atau dialihkan ke luar peran '" + step.role()
          + "' pada periode " + period.text() + "; batas " + percent(properties.outsideLaneShare())));
    }
    if (late(step) && late(earlier)) {
      findings.add(stepFinding(FindingKind.LAMBAT_DUA_PERIODE, sop, step, "p90 " + describe(sop, step.p90Seconds())
          + " pada periode " + period.text() + " dan " + describe(sop, earlier.p90Seconds()) + " pada periode "
          + period.text(period.previous()) + ", melebihi waktu standar " + describe(sop, (double) step.standardSeconds())));
    }
    long skipped = stepEvents.getOrDefault(Rule.STEP_SKIPPED, 0L);
    if (skipped > 0) {
      findings.add(stepFinding(FindingKind.LANGKAH_DILEWATI, sop, step, "Dilewati " + skipped + " kali pada periode "
          + period.text()));
    } else if (started >= properties.minRuns() && step.completed() == 0 && step.open() == 0) {
      findings.add(stepFinding(FindingKind.LANGKAH_TIDAK_DICAPAI, sop, step, "Tidak pernah dicapai dalam " + started
          + " layanan yang dimulai pada periode " + period.text()));
    }
  }

  private static boolean late(StepTiming step) {
    return step != null && step.standardSeconds() != null && step.p90Seconds() != null
        && step.p90Seconds() > step.standardSeconds();
  }

  private static Finding stepFinding(FindingKind kind, SopDefinition sop, StepTiming step, String evidence) {
    return Finding.of(kind, null, sop.key(), sop.name(), step.activityId(), step.name(), step.role(), evidence);
  }

  private Register.Sop documentOnly(DocumentedSop document, Period period, List<Finding> findings) {
    LocalDate reviewedOn = document.tanggalRevisi() != null ? document.tanggalRevisi() : document.tanggalEfektif();
    LocalDate reviewDue = review(document.key(), document.nama(), reviewedOn, period, findings);
    List<String> services = standards.carriedOutBy(document.key()).stream().map(StandarPelayanan::nama).toList();
    return new Register.Sop(document.key(), document.nama(), document.nomor(), "disahkan (dokumen)",
        document.bidang(), false, null,
        reviewedOn, reviewDue, 0, 0, null, 0, 0, services, List.of());
  }

  /** The date the SOP's review falls due, with a finding when that has passed. */
  private LocalDate review(String key, String name, LocalDate reviewedOn, Period period, List<Finding> findings) {
    if (reviewedOn == null) {
      return null;
    }
    LocalDate due = reviewedOn.plus(properties.reviewPeriod());
    if (!due.isAfter(period.today())) {
      findings.add(Finding.of(FindingKind.MASA_TINJAU_LEWAT, null, key, name, null, null, null,
          "Terakhir disahkan atau direvisi " + DATE.format(reviewedOn) + "; peninjauan jatuh tempo "
              + DATE.format(due) + " (masa tinjau " + properties.reviewPeriod() + ")"));
    }
    return due;
  }

  private String describe(SopDefinition sop, Double seconds) {
    return calendarOf(sop).describe(Math.round(seconds), sop.calendar());
  }

  /** The working calendar of the SOP's OPD: a working day is as long as the OPD's. */
  private WorkingCalendar calendarOf(SopDefinition sop) {
    return calendar.of(roles.opdOf(sop).orElse(null));
  }

  private static String percent(double share) {
    return Math.round(share * 100) + " %";
  }

  /** An ISO date of the SOP identity; null for {@code -}, none or a text the lint already names. */
  private static LocalDate date(String value) {
    try {
      return value == null || value.isBlank() || value.equals("-") ? null : LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}

package org.sopflow.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sopflow.calendar.CalendarKind;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.catalog.SopCatalog;
import org.sopflow.followup.FollowUp.Period;
import org.sopflow.followup.FollowUp.Source;
import org.sopflow.followup.FollowUp.SourceKind;
import org.sopflow.followup.FollowUp.State;
import org.sopflow.model.Role;
import org.sopflow.model.RoleCatalogue;
import org.sopflow.model.ServiceStandards;
import org.sopflow.model.SopProperty;
import org.sopflow.model.StandarPelayanan;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * The office's follow-ups ({@code sop_follow_up}): made from a finding, moved by the steps of their
 * case ({@link FollowUpHook}), read by the register, the survey's RTL and the evaluation forms.
 */
@Service
public class FollowUps {

  private static final String COLUMNS = "id, source_kind, source_ref, sop_key, service_key, activity_id, period_from,"
      + " period_to, evidence, action, cause, revises_sop, responsible_role, due_on, state, outcome, outcome_evidence,"
      + " checks, effective, check_note, process_instance_id, renewal_version_id, created_by, created_at, done_at,"
      + " checked_at";

  private final JdbcClient jdbc;
  private final Clock clock;
  private final WorkingCalendar calendar;
  private final RoleCatalogue roles;
  private final SopCatalog catalog;
  private final ServiceStandards standards;
  private final FollowUpProperties properties;
  private final ObjectProvider<Indicators> indicators;

  FollowUps(JdbcClient jdbc, Clock clock, WorkingCalendar calendar, RoleCatalogue roles, SopCatalog catalog,
            ServiceStandards standards, FollowUpProperties properties, ObjectProvider<Indicators> indicators) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.calendar = calendar;
    this.roles = roles;
    this.catalog = catalog;
    this.standards = standards;
    this.properties = properties;
    this.indicators = indicators;
  }

  /**
   * A follow-up to make. {@code responsibleRole} and {@code dueOn} may be null: the head of the
   * SOP's bidang, and {@code sop.follow-up.default-due} from today.
   */
  public record Request(Source source, String evidence, String action, String responsibleRole, LocalDate dueOn) {
  }

  /** A request that cannot become a follow-up: the caller's error (400), naming the field. */
  public static class FollowUpRefused extends IllegalArgumentException {
    public FollowUpRefused(String message) {
      super(message);
    }
  }

  public static class FollowUpNotFound extends ResponseStatusException {
    FollowUpNotFound(String id) {
      super(HttpStatus.NOT_FOUND, "No follow-up " + id);
    }
  }

  /** Stores a new follow-up, planned; its case is started by {@link FollowUpCases}. */
  FollowUp create(Request request, String user) {
    Source source = checked(request.source());
    String evidence = required("bukti", request.evidence());
    String action = required("tindakan", request.action());
    String responsible = request.responsibleRole() != null ? responsible(request.responsibleRole())
        : roles.headOf(opd(source), bidang(source)).orElseThrow(() -> new FollowUpRefused("penanggungJawab: no role heads the"
            + " bidang of this finding in roles.yaml; name the responsible role"));
    LocalDate today = today();
    LocalDate due = request.dueOn() != null ? request.dueOn()
        : LocalDate.ofInstant(calendar.of(opd(source)).plus(clock.instant(), properties.due(), CalendarKind.HARI_KERJA),
            calendar.zone());
    if (due.isBefore(today)) {
      throw new FollowUpRefused("tenggat: " + due + " lies in the past (today is " + today + ")");
    }
    String id = UUID.randomUUID().toString();
    jdbc.sql("INSERT INTO sop_follow_up (id, source_kind, source_ref, sop_key, service_key, activity_id, period_from,"
            + " period_to, evidence, action, revises_sop, responsible_role, due_on, state, checks, created_by, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?, 0, ?, ?)")
        .params(id, source.kind().name(), source.ref(), source.sopKey(), source.serviceKey(), source.activityId(),
            source.period().from(), source.period().to(), evidence, action, responsible, due, State.DIRENCANAKAN.name(),
            user == null ? "sistem" : user, Timestamp.from(clock.instant()))
        .update();
    return get(id);
  }

  public Optional<FollowUp> find(String id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM sop_follow_up WHERE id = ?").param(id).query(FollowUps::followUp)
        .optional();
  }

  public FollowUp get(String id) {
    return find(id).orElseThrow(() -> new FollowUpNotFound(id));
  }

  /** Every follow-up, newest first. */
  public List<FollowUp> all() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM sop_follow_up ORDER BY created_at DESC").query(FollowUps::followUp)
        .list();
  }

  /** The follow-ups of a service's SKM results of one period (its rencana tindak lanjut), newest first. */
  public List<FollowUp> ofSkm(String serviceKey, Period period) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM sop_follow_up WHERE source_kind = ? AND service_key = ?"
            + " AND period_from = ? AND period_to = ? ORDER BY created_at DESC")
        .params(SourceKind.SKM.name(), serviceKey, period.from(), period.to()).query(FollowUps::followUp).list();
  }

  /** The follow-ups, not cancelled, of findings whose period begins within {@code period}. */
  public List<FollowUp> ofFindingsIn(Period period) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM sop_follow_up WHERE period_from >= ? AND period_from < ?"
            + " AND state <> ? ORDER BY created_at DESC")
        .params(period.from(), period.to(), State.DIBATALKAN.name()).query(FollowUps::followUp).list();
  }

  /** The bidang a follow-up belongs to: its SOP's, or that of the SOP carrying out its service. */
  public String bidang(Source source) {
    String sop = source.sopKey() != null ? source.sopKey() : sopOfService(source.serviceKey());
    return sop == null ? null : bidangOfSop(sop);
  }

  /** The OPD (tenant id) a follow-up belongs to: its SOP's, else its service's; null without tenant. */
  public String opd(Source source) {
    String sop = source.sopKey() != null ? source.sopKey() : sopOfService(source.serviceKey());
    return sop != null ? catalog.latest(sop).map(deployed -> deployed.definition().getTenantId()).orElse(null)
        : standards.opdOf(source.serviceKey()).orElse(null);
  }

  /** The SOP carrying out a service, the first its Standar Pelayanan names that is deployed; null for none. */
  public String sopOfService(String serviceKey) {
    return standards.all().stream().filter(standard -> standard.key().equals(serviceKey)).findFirst()
        .flatMap(standard -> standard.sop().stream().filter(key -> catalog.latest(key).isPresent()).findFirst())
        .orElse(null);
  }

  /** The figures of a follow-up's finding in its source period against its check period. */
  public Effectiveness effectiveness(FollowUp followUp) {
    Period period = followUp.checkPeriod();
    List<Indicators.Indicator> figures = indicators.orderedStream()
        .flatMap(source -> source.compare(followUp.source(), period).stream()).toList();
    return new Effectiveness(period, !today().isBefore(period.to()), figures);
  }

  void planned(String id, String action, String cause, LocalDate dueOn, boolean revisesSop) {
    jdbc.sql("UPDATE sop_follow_up SET action = ?, cause = ?, due_on = ?, revises_sop = ?, state = ? WHERE id = ?")
        .params(action, cause, dueOn, revisesSop, State.DILAKSANAKAN.name(), id).update();
  }

  void done(String id, String outcome, String evidence) {
    jdbc.sql("UPDATE sop_follow_up SET outcome = ?, outcome_evidence = ?, done_at = ?, state = ? WHERE id = ?")
        .params(outcome, evidence, Timestamp.from(clock.instant()), State.MENUNGGU_PEMERIKSAAN.name(), id).update();
  }

  /** The checker's verdict: effective closes it; not effective sends it back to planning, for the next period. */
  void checked(String id, boolean effective, String note) {
    jdbc.sql("UPDATE sop_follow_up SET effective = ?, check_note = ?, checked_at = ?, checks = checks + 1, state = ?"
            + " WHERE id = ?")
        .params(effective, note, Timestamp.from(clock.instant()),
            (effective ? State.SELESAI : State.DIRENCANAKAN).name(), id).update();
  }

  void started(String id, String processInstanceId) {
    jdbc.sql("UPDATE sop_follow_up SET process_instance_id = ? WHERE id = ?").params(processInstanceId, id).update();
  }

  void cancelled(String id) {
    jdbc.sql("UPDATE sop_follow_up SET state = ? WHERE id = ? AND state <> ?")
        .params(State.DIBATALKAN.name(), id, State.SELESAI.name()).update();
  }

  /** The renewal a follow-up started: the SOP version its drafting team revises. */
  public void linkRenewal(String id, String versionId) {
    jdbc.sql("UPDATE sop_follow_up SET renewal_version_id = ? WHERE id = ?").params(versionId, id).update();
  }

  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), calendar.zone());
  }

  /** The day the effectiveness check of a follow-up is due: {@code sop.follow-up.check-within} after its period. */
  LocalDate checkDue(FollowUp followUp) {
    return LocalDate.ofInstant(calendar.plus(calendar.endOf(followUp.checkPeriod().lastDay(), CalendarKind.HARI_KERJA),
        properties.check(), CalendarKind.HARI_KERJA), calendar.zone());
  }

  private Source checked(Source source) {
    if (source == null || source.kind() == null) {
      throw new FollowUpRefused("sumber: one of " + List.of(SourceKind.values()));
    }
    if (source.period() == null) {
      throw new FollowUpRefused("dari, sampai: the period of the finding (2025-01-01, 2025-06-30)");
    }
    if (source.sopKey() != null && catalog.latest(source.sopKey()).isEmpty()) {
      throw new FollowUpRefused("sop: '" + source.sopKey() + "' is no SOP of the catalogue");
    }
    if (source.serviceKey() != null && standards.all().stream().noneMatch(s -> s.key().equals(source.serviceKey()))) {
      throw new FollowUpRefused("layanan: '" + source.serviceKey() + "' is no Standar Pelayanan; known: "
          + standards.all().stream().map(StandarPelayanan::key).toList());
    }
    if (source.sopKey() == null && source.serviceKey() == null) {
      throw new FollowUpRefused("sop or layanan: a finding is about an SOP or a service");
    }
    if (source.kind() == SourceKind.SKM && (source.serviceKey() == null || source.ref() == null
        || !source.ref().matches("u[1-9]"))) {
      throw new FollowUpRefused("layanan and jenis: an SKM finding names its service and its unsur (u1 ... u9)");
    }
    if (source.activityId() != null && (source.sopKey() == null || catalog.latest(source.sopKey()).get().sop()
        .step(source.activityId()).isEmpty())) {
      throw new FollowUpRefused("langkah: '" + source.activityId() + "' is no step of SOP '" + source.sopKey() + "'");
    }
    return source;
  }

  private String responsible(String role) {
    return roles.find(role).filter(found -> !found.isStandIn()).map(Role::id).orElseThrow(() -> new FollowUpRefused(
        "penanggungJawab: '" + role + "' is no role of roles.yaml that can be named"));
  }

  private static String required(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new FollowUpRefused(field + ": required");
    }
    if (value.length() > 2000) {
      throw new FollowUpRefused(field + ": at most 2000 characters");
    }
    return value.trim();
  }

  private String bidangOfSop(String key) {
    return catalog.latest(key).map(sop -> sop.sop().identity(SopProperty.BIDANG)).orElse(null);
  }

  private static FollowUp followUp(ResultSet row, int number) throws SQLException {
    Source source = new Source(SourceKind.valueOf(row.getString("source_kind")), row.getString("source_ref"),
        row.getString("sop_key"), row.getString("service_key"), row.getString("activity_id"),
        new Period(row.getDate("period_from").toLocalDate(), row.getDate("period_to").toLocalDate()));
    Object effective = row.getObject("effective");
    return new FollowUp(row.getString("id"), source, row.getString("evidence"), row.getString("action"),
        row.getString("cause"), row.getBoolean("revises_sop"), row.getString("responsible_role"),
        row.getDate("due_on").toLocalDate(), State.valueOf(row.getString("state")), row.getString("outcome"),
        row.getString("outcome_evidence"), row.getInt("checks"), effective == null ? null : row.getBoolean("effective"),
        row.getString("check_note"), row.getString("process_instance_id"), row.getString("renewal_version_id"),
        row.getString("created_by"), instant(row.getTimestamp("created_at")), instant(row.getTimestamp("done_at")),
        instant(row.getTimestamp("checked_at")));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}

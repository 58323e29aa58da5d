package org.sopflow.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.sopflow.engine.CurrentUser;
import org.sopflow.followup.FollowUp.Period;
import org.sopflow.followup.FollowUp.Source;
import org.sopflow.followup.FollowUp.SourceKind;
import org.sopflow.roles.ReportReaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The office's follow-ups: {@code POST /api/tindak-lanjut} makes one from a finding and starts its
 * case; {@code GET /api/tindak-lanjut} lists them with, once carried out, the figures that say whether
 * the finding recurred. Who: the report readers whose reports cover the finding (the head of its
 * bidang, the head of the office, camunda-admin), and the responsible role for its own.
 */
@RestController
class FollowUpController {

  private final FollowUps followUps;
  private final FollowUpCases cases;
  private final ReportReaders readers;
  private final IdentityService identity;

  FollowUpController(FollowUps followUps, FollowUpCases cases, ReportReaders readers, IdentityService identity) {
    this.followUps = followUps;
    this.cases = cases;
    this.readers = readers;
    this.identity = identity;
  }

  /**
   * A finding to follow up.
   *
   * @param sumber TEMUAN, MONITORING, EVALUASI, MALADMINISTRASI or SKM
   * @param jenis what within the source: the finding kind, the rule, the criterion, the unsur (u1-u9)
   * @param dari the finding's period, first day; {@code sampai} its last day
   * @param penanggungJawab the responsible role; by default the head of the SOP's bidang
   * @param tenggat the due date; by default {@code sop.follow-up.default-due} from today
   */
  record Permintaan(String sumber, String jenis, String sop, String layanan, String langkah, String dari,
                    String sampai, String bukti, String tindakan, String penanggungJawab, String tenggat) {
  }

  record Periode(LocalDate dari, LocalDate sampai, String label) {
    static Periode of(Period period) {
      return new Periode(period.from(), period.lastDay(), period.label());
    }
  }

  record Sumber(String jenis, String label, String ref, String sop, String layanan, String langkah, Periode periode) {
  }

  record Indikator(String label, String sebelum, String sesudah, Boolean membaik) {
  }

  /** @param akhir whether the check period has ended; before that the figures are provisional */
  record Efektivitas(Periode periode, boolean akhir, List<Indikator> indikator, String kesimpulan) {
  }

  /** A follow-up as the API shows it; {@code status} in Indonesian, {@code pembaruanSop} the SOP version it started. */
  record TindakLanjut(String id, Sumber sumber, String bukti, String tindakan, String penyebab, boolean revisiSop,
                      String penanggungJawab, LocalDate tenggat, String status, String statusKode, boolean terlambat,
                      String hasil, String buktiPelaksanaan, int pemeriksaan, Boolean efektif,
                      String catatanPemeriksaan, String kasus, String pembaruanSop, String dibuatOleh,
                      Instant dibuatPada, Efektivitas efektivitas) {
  }

  @PostMapping(path = "/api/tindak-lanjut", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  TindakLanjut create(@RequestBody Permintaan permintaan) {
    FollowUps.Request request = request(permintaan);
    if (!readers.currentUserMayRead() || !covers(request.source())) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "A follow-up is made by a reader of the finding's"
          + " reports: the head of its bidang, the head of the office or camunda-admin");
    }
    return view(cases.open(request, CurrentUser.id(identity)));
  }

  @GetMapping(path = "/api/tindak-lanjut", produces = MediaType.APPLICATION_JSON_VALUE)
  List<TindakLanjut> list(@RequestParam(required = false) String sop, @RequestParam(required = false) String layanan,
                          @RequestParam(required = false) String status) {
    if (status != null && !List.of("terbuka", "semua").contains(status)) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "status: terbuka or semua");
    }
    return followUps.all().stream().filter(this::mayRead)
        .filter(followUp -> sop == null || sop.equals(followUp.source().sopKey()))
        .filter(followUp -> layanan == null || layanan.equals(followUp.source().serviceKey()))
        .filter(followUp -> !"terbuka".equals(status) || followUp.state().open())
        .map(this::view).toList();
  }

  @GetMapping(path = "/api/tindak-lanjut/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  TindakLanjut get(@PathVariable String id) {
    FollowUp followUp = followUps.get(id);
    if (!mayRead(followUp)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Follow-up " + id + " is read by the readers of its"
          + " finding's reports and its responsible role");
    }
    return view(followUp);
  }

  private boolean mayRead(FollowUp followUp) {
    if (CurrentUser.groups(identity).contains(followUp.responsibleRole())) {
      return true;
    }
    return readers.currentUserMayRead() && !readers.currentUserReadsMetricsOnly() && covers(followUp.source());
  }

  /** Whether the finding lies in the reports of the reader: of its OPD, and its bidang or the whole OPD. */
  private boolean covers(Source source) {
    String opd = followUps.opd(source); // null for no SOP or service known: the reader's own, and the checks name it
    return readers.scopeIn(opd).filter(scope -> scope.covers(opd == null ? scope.opd() : opd,
        followUps.bidang(source))).isPresent();
  }

  private TindakLanjut view(FollowUp followUp) {
    Source source = followUp.source();
    Efektivitas efektivitas = followUp.state() == FollowUp.State.MENUNGGU_PEMERIKSAAN || followUp.checks() > 0
        ? efektivitas(followUps.effectiveness(followUp)) : null;
    return new TindakLanjut(followUp.id(), new Sumber(source.kind().name(), source.kind().label(), source.ref(),
        source.sopKey(), source.serviceKey(), source.activityId(), Periode.of(source.period())), followUp.evidence(),
        followUp.action(), followUp.cause(), followUp.revisesSop(), followUp.responsibleRole(), followUp.dueOn(),
        followUp.state().label(), followUp.state().name(), followUp.overdue(followUps.today()), followUp.outcome(),
        followUp.outcomeEvidence(), followUp.checks(), followUp.effective(), followUp.checkNote(),
        followUp.processInstanceId(), followUp.renewalVersionId(), followUp.createdBy(), followUp.createdAt(),
        efektivitas);
  }

  private static Efektivitas efektivitas(Effectiveness effectiveness) {
    return new Efektivitas(Periode.of(effectiveness.period()), effectiveness.ended(),
        effectiveness.indicators().stream().map(indicator -> new Indikator(indicator.label(), indicator.before(),
            indicator.after(), indicator.improved())).toList(), effectiveness.verdict());
  }

  private static FollowUps.Request request(Permintaan permintaan) {
    if (permintaan == null) {
      throw new FollowUps.FollowUpRefused("the request body: a JSON object with sumber, bukti, tindakan, dari, sampai");
    }
    SourceKind kind;
    try {
      kind = permintaan.sumber() == null ? null : SourceKind.valueOf(permintaan.sumber());
    } catch (IllegalArgumentException e) {
      throw new FollowUps.FollowUpRefused("sumber: '" + permintaan.sumber() + "' is none of "
          + List.of(SourceKind.values()));
    }
    LocalDate from = date("dari", permintaan.dari());
    LocalDate last = date("sampai", permintaan.sampai());
    Period period;
    try {
      period = from == null || last == null ? null : new Period(from, last.plusDays(1));
    } catch (IllegalArgumentException e) {
      throw new FollowUps.FollowUpRefused("dari, sampai: " + e.getMessage());
    }
    return new FollowUps.Request(new Source(kind, blankToNull(permintaan.jenis()), blankToNull(permintaan.sop()),
        blankToNull(permintaan.layanan()), blankToNull(permintaan.langkah()), period), permintaan.bukti(),
        permintaan.tindakan(), blankToNull(permintaan.penanggungJawab()), date("tenggat", permintaan.tenggat()));
  }

  private static LocalDate date(String field, String value) {
    try {
      return value == null || value.isBlank() ? null : LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new FollowUps.FollowUpRefused(field + ": '" + value + "' is not a date like 2025-06-30");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}

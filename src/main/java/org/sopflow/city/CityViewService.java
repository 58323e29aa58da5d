package org.sopflow.city;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.city.CityView.Figures;
import org.sopflow.city.CityView.ServiceIkm;
import org.sopflow.model.Opd;
import org.sopflow.model.Opds;
import org.sopflow.model.RoleCatalogue;
import org.sopflow.monitoring.TimingService;
import org.sopflow.register.Register;
import org.sopflow.register.ServiceRegister;
import org.sopflow.survey.IkmReport;
import org.sopflow.survey.IkmService;
import org.springframework.stereotype.Service;

/**
 * Builds the city view from each OPD's own register and IKM (so the city's figures are exactly the
 * sum of what each OPD's reports say) and adds them up.
 */
@Service
class CityViewService {

  /** The columns the view sorts by, by the name {@code ?urut=} gives. */
  static final Map<String, Comparator<Figures>> ORDERS = Map.of(
      "nama", Comparator.comparing(Figures::nama),
      "sop", Comparator.comparingInt(Figures::sop),
      "tanpaSop", Comparator.comparingInt(Figures::layananTanpaSop),
      "temuan", Comparator.comparingInt(Figures::temuan),
      "tepatWaktu", Comparator.comparing(Figures::tepatWaktu, Comparator.nullsFirst(Comparator.naturalOrder())),
      "ikm", Comparator.comparing(Figures::ikm, Comparator.nullsFirst(Comparator.naturalOrder())));

  private final Opds opds;
  private final ServiceRegister register;
  private final IkmService ikm;
  private final TimingService timing;
  private final WorkingCalendar calendar;
  private final RoleCatalogue roles;

  CityViewService(Opds opds, ServiceRegister register, IkmService ikm, TimingService timing, WorkingCalendar calendar,
                  RoleCatalogue roles) {
    this.roles = roles;
    this.opds = opds;
    this.register = register;
    this.ikm = ikm;
    this.timing = timing;
    this.calendar = calendar;
  }

  /**
   * @param dari the first day (by default the current semester's)
   * @param sampai the last day, inclusive
   * @param urut a column of {@link #ORDERS}, {@code -} before it for the highest first
   */
  CityView build(LocalDate dari, LocalDate sampai, String urut) {
    LocalDate today = LocalDate.now(calendar.zone());
    LocalDate from = dari != null ? dari : today.withMonth(today.getMonthValue() <= 6 ? 1 : 7).withDayOfMonth(1);
    LocalDate to = sampai != null ? sampai : from.plusMonths(6).minusDays(1);
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("sampai: " + to + " lies before dari " + from);
    }
    Comparator<Figures> order = order(urut);
    Map<Opd, Register> registers = new java.util.LinkedHashMap<>();
    opds.all().forEach(opd -> registers.put(opd, register.build(timing.window(from.toString(), to.toString(), null),
        opd.tenantId())));
    // a step of one OPD's SOP done by another OPD's role counts for the one that does it
    Map<String, List<Register.HandOff>> given = registers.values().stream().flatMap(r -> r.serahTerima().stream())
        .collect(java.util.stream.Collectors.groupingBy(handOff -> roles.guestIn(handOff.peran()).orElse("")));
    List<Figures> rows = new ArrayList<>();
    List<IkmReport.Score> scores = new ArrayList<>();
    registers.forEach((opd, opdRegister) -> {
      IkmReport opdIkm = ikm.report(from.toString(), to.toString(), opd.tenantId());
      rows.add(figures(opd, opdRegister, given.getOrDefault(opd.tenantId(), List.of()), opdIkm, to));
      scores.add(opdIkm.office());
    });
    rows.sort(order);
    return new CityView(from, to, List.copyOf(rows), total(rows, IkmReport.Score.combined(scores)));
  }

  private static Comparator<Figures> order(String urut) {
    String column = urut == null ? "nama" : urut.startsWith("-") ? urut.substring(1) : urut;
    Comparator<Figures> order = ORDERS.get(column);
    if (order == null) {
      throw new IllegalArgumentException("urut: '" + urut + "' is no column; use one of " + ORDERS.keySet().stream()
          .sorted().toList() + ", with '-' before it for the highest first");
    }
    return urut != null && urut.startsWith("-") ? order.reversed() : order;
  }

  /** @param given the steps of this OPD's SOPs other OPDs' roles did: theirs, not this OPD's */
  private static Figures figures(Opd opd, Register register, List<Register.HandOff> given, IkmReport ikm,
                                 LocalDate end) {
    List<Register.Sop> sops = register.sops();
    List<Register.HandOff> received = register.serahTerima();
    long stepsCompleted = sops.stream().mapToLong(Register.Sop::stepsCompleted).sum()
        - given.stream().mapToLong(Register.HandOff::selesai).sum() + received.stream().mapToLong(Register.HandOff::selesai).sum();
    long stepsOnTime = sops.stream().mapToLong(Register.Sop::stepsOnTime).sum()
        - given.stream().mapToLong(Register.HandOff::tepatWaktu).sum()
        + received.stream().mapToLong(Register.HandOff::tepatWaktu).sum();
    return new Figures(opd.tenantId(), opd.nama() != null ? opd.nama() : opd.label(), sops.size(),
        count(sops, sop -> "berlaku".equals(sop.status())), count(sops, sop -> "belum disahkan".equals(sop.status())),
        (int) register.pembaruan().stream().filter(r -> List.of("draf", "diajukan").contains(r.status())).count(),
        (int) register.pembaruan().stream().filter(r -> "disahkan".equals(r.status())).count(),
        count(sops, sop -> sop.reviewDue() != null && !sop.reviewDue().isAfter(end)),
        count(sops, sop -> !sop.executable()), register.services().size(),
        (int) register.services().stream().filter(service -> service.sops().isEmpty()).count(),
        register.findings().size(),
        (int) register.findings().stream().filter(finding -> !finding.tindakLanjut().isEmpty()).count(),
        stepsCompleted, stepsOnTime, share(stepsOnTime, stepsCompleted),
        received.stream().mapToLong(Register.HandOff::ditawarkan).sum(),
        received.stream().mapToLong(Register.HandOff::penyimpangan).sum(), ikm.office().ikmUnit(), ikm.office().mutu(),
        ikm.office().respondents(), ikm.services().stream().map(service -> new ServiceIkm(service.key(),
            service.nama(), service.score().ikmUnit(), service.score().mutu(), service.score().respondents())).toList());
  }

  /** The city: every count added up, the share of all steps, the IKM of all respondents together. */
  private static Figures total(List<Figures> rows, IkmReport.Score city) {
    long completed = sum(rows, Figures::langkahSelesai);
    long onTime = sum(rows, Figures::langkahTepatWaktu);
    return new Figures(null, "Seluruh perangkat daerah", (int) sum(rows, Figures::sop), (int) sum(rows, Figures::berlaku),
        (int) sum(rows, Figures::belumDisahkan), (int) sum(rows, Figures::draf), (int) sum(rows, Figures::disahkan),
        (int) sum(rows, Figures::perluDitinjau), (int) sum(rows, Figures::dokumenSaja), (int) sum(rows, Figures::layanan),
        (int) sum(rows, Figures::layananTanpaSop), (int) sum(rows, Figures::temuan),
        (int) sum(rows, Figures::temuanDitindaklanjuti), completed, onTime, share(onTime, completed),
        sum(rows, Figures::serahTerima), sum(rows, Figures::serahTerimaPenyimpangan), city.ikmUnit(),
        city.mutu(), city.respondents(), List.of());
  }

  private static int count(List<Register.Sop> sops, java.util.function.Predicate<Register.Sop> which) {
    return (int) sops.stream().filter(which).count();
  }

  private static long sum(List<Figures> rows, Function<Figures, Number> column) {
    return rows.stream().mapToLong(row -> column.apply(row).longValue()).sum();
  }

  private static Double share(long part, long whole) {
    return whole == 0 ? null : (double) part / whole;
  }
}

package org.sopflow.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.sopflow.followup.FollowUp;
import org.sopflow.followup.FollowUps;
import org.sopflow.model.Role;
import org.sopflow.model.RoleCatalogue;

/**
 * The SKM's rencana tindak lanjut of one period (PermenPAN-RB 14/2017): per service answered in it,
 * the unsur from the lowest NRR up, and the actions planned on its results with their owner, time
 * frame and progress. Published with the figures; nothing personal.
 */
public record Rtl(Instant from, Instant to, List<ServicePlan> services) {

  /** @param unsur the unsur answered, lowest NRR first */
  public record ServicePlan(String key, String nama, List<IkmReport.UnsurScore> unsur, List<Action> actions) {

    /** The unsur to improve first: the lowest NRR; null without answers. */
    public IkmReport.UnsurScore lowest() {
      return unsur.isEmpty() ? null : unsur.get(0);
    }
  }

  /**
   * One planned action.
   *
   * @param penanggungJawab the responsible role's name, as the office's structure names it
   * @param status where it stands; {@code efektif} the last check's verdict, null before it
   */
  public record Action(String id, String unsur, String unsurLabel, String tindakan, String penanggungJawab,
                       LocalDate dibuat, LocalDate tenggat, String status, Boolean efektif, boolean terlambat) {
  }

  static Rtl of(IkmReport report, FollowUps followUps, RoleCatalogue roles, ZoneId zone, LocalDate today) {
    FollowUp.Period period = new FollowUp.Period(LocalDate.ofInstant(report.from(), zone),
        LocalDate.ofInstant(report.to(), zone));
    List<ServicePlan> plans = report.services().stream().filter(service -> service.score().respondents() > 0)
        .map(service -> new ServicePlan(service.key(), service.nama(), service.score().unsur().stream()
            .filter(unsur -> unsur.nrr() != null).sorted(Comparator.comparing(IkmReport.UnsurScore::nrr)).toList(),
            followUps.ofSkm(service.key(), period).stream()
                .filter(followUp -> followUp.state() != FollowUp.State.DIBATALKAN)
                .map(followUp -> action(followUp, roles, zone, today)).toList()))
        .toList();
    return new Rtl(report.from(), report.to(), plans);
  }

  private static Action action(FollowUp followUp, RoleCatalogue roles, ZoneId zone, LocalDate today) {
    Unsur unsur = Unsur.values()[Integer.parseInt(followUp.source().ref().substring(1)) - 1];
    return new Action(followUp.id(), followUp.source().ref(), unsur.label(), followUp.action(),
        roles.find(followUp.responsibleRole()).map(Role::name).orElse(followUp.responsibleRole()),
        LocalDate.ofInstant(followUp.createdAt(), zone), followUp.dueOn(), followUp.state().label(),
        followUp.effective(), followUp.overdue(today));
  }
}

package org.sopflow.register;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.engine.CurrentUser;
import org.sopflow.followup.FollowUp;
import org.sopflow.followup.Indicators;
import org.sopflow.monitoring.TimingService;
import org.springframework.stereotype.Component;

/**
 * Whether a register finding came back: the register of the later period, for the whole office,
 * holds the same finding kind for the same SOP (and step) or not.
 */
@Component
class FindingRecurrence implements Indicators {

  private final ServiceRegister register;
  private final TimingService timing;
  private final WorkingCalendar calendar;
  private final IdentityService identity;

  FindingRecurrence(ServiceRegister register, TimingService timing, WorkingCalendar calendar,
                    IdentityService identity) {
    this.register = register;
    this.timing = timing;
    this.calendar = calendar;
    this.identity = identity;
  }

  @Override
  public List<Indicator> compare(FollowUp.Source source, FollowUp.Period later) {
    if (source.kind() != FollowUp.SourceKind.TEMUAN || source.ref() == null) {
      return List.of();
    }
    Register after = CurrentUser.asEngine(identity, () -> register.build(timing.window(
        later.from().atStartOfDay(calendar.zone()).toInstant(), later.to().atStartOfDay(calendar.zone()).toInstant(),
        null)));
    boolean recurred = after.findings().stream().anyMatch(finding -> finding.kind().name().equals(source.ref())
        && java.util.Objects.equals(finding.sop(), source.sopKey())
        && (source.activityId() == null || source.activityId().equals(finding.activityId())));
    return List.of(new Indicator("Temuan register " + source.ref(), "ditemukan",
        recurred ? "ditemukan lagi" : "tidak ditemukan", !recurred));
  }
}

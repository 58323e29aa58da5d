package org.sopflow.monitoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.deviation.MaladministrationEvents;
import org.sopflow.deviation.Rule;
import org.sopflow.followup.FollowUp;
import org.sopflow.followup.Indicators;
import org.sopflow.monitoring.TimingFigures.StepTiming;
import org.springframework.stereotype.Component;

/**
 * Whether a finding about a step came back: the step's on-time rate in the later period against the
 * source period, and for a maladministration finding the events of its rule.
 */
@Component
class StepRecurrence implements Indicators {

  private final TimingService timing;
  private final MaladministrationEvents events;
  private final WorkingCalendar calendar;

  StepRecurrence(TimingService timing, MaladministrationEvents events, WorkingCalendar calendar) {
    this.timing = timing;
    this.events = events;
    this.calendar = calendar;
  }

  @Override
  public List<Indicator> compare(FollowUp.Source source, FollowUp.Period later) {
    List<Indicator> figures = new ArrayList<>();
    if (source.sopKey() == null) {
      return figures;
    }
    if (source.activityId() != null) {
      Double before = onTimeRate(source, source.period());
      Double after = onTimeRate(source, later);
      figures.add(new Indicator("Tepat waktu langkah " + source.activityId(), percent(before), percent(after),
          before == null || after == null ? null : after > before || after == 1.0));
    }
    if (source.kind() == FollowUp.SourceKind.MALADMINISTRASI && source.ref() != null) {
      Rule rule = Rule.valueOf(source.ref());
      long before = count(source, rule, source.period());
      long after = count(source, rule, later);
      figures.add(new Indicator("Kejadian " + rule.name() + (source.activityId() == null ? ""
          : " pada langkah " + source.activityId()), Long.toString(before), Long.toString(after),
          after < before || after == 0));
    }
    return figures;
  }

  private Double onTimeRate(FollowUp.Source source, FollowUp.Period period) {
    return timing.detail(source.sopKey(), timing.window(start(period.from()), start(period.to()), null))
        .flatMap(detail -> detail.steps().stream().filter(step -> step.activityId().equals(source.activityId()))
            .findFirst()).map(StepTiming::onTimeRate).orElse(null);
  }

  private long count(FollowUp.Source source, Rule rule, FollowUp.Period period) {
    Map<String, Map<Rule, Long>> byStep = events.countsByStepAndRule(start(period.from()), start(period.to()),
        source.sopKey());
    return byStep.entrySet().stream().filter(step -> source.activityId() == null
            || source.activityId().equals(step.getKey()))
        .mapToLong(step -> step.getValue().getOrDefault(rule, 0L)).sum();
  }

  private Instant start(java.time.LocalDate day) {
    return day.atStartOfDay(calendar.zone()).toInstant();
  }

  private static String percent(Double rate) {
    return rate == null ? "tidak ada langkah selesai" : String.format(Locale.ROOT, "%.0f%%", rate * 100);
  }
}

package org.sopflow.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sopflow.EngineScenario.clockAt;
import static org.sopflow.EngineScenario.wib;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sopflow.EngineScenario;
import org.sopflow.SopTestEngine;
import org.sopflow.calendar.CalendarKind;
import org.sopflow.calendar.StandardTime;
import org.sopflow.deadline.OverdueDetector;
import org.sopflow.deviation.MaladministrationEvent;
import org.sopflow.deviation.Rule;

/**
 * A video conference is due on its day: booked a month ahead, the days until the event are the
 * applicant's choice, so serving it on the day is on time although the request is older than the
 * service standard (17 hari kerja); reporting later than the day after is still late.
 */
class EventDayTest {

  private final EngineScenario scenario = new EngineScenario(SopTestEngine.shared());
  private final TaskService tasks = scenario.engine().getTaskService();
  private final OverdueDetector detector = SopTestEngine.detector(scenario.engine());
  /** Thursday 1 October 2026, 09:00 WIB. */
  private final Instant requested = wib("2026-10-01T09:00");
  private final LocalDate eventDay = SopTestEngine.CALENDAR.plus(requested, StandardTime.parse("30 hari kerja"),
      CalendarKind.HARI_KERJA).atZone(EngineScenario.WIB).toLocalDate();

  @BeforeEach
  void deployTheVideoConferenceSop() {
    SopTestEngine.addFolder(scenario.engine().getRepositoryService().createDeployment(), "tik").deploy();
  }

  @AfterEach
  void cleanUp() {
    scenario.reset();
  }

  @Test
  void aVideoConferenceBookedThirtyWorkingDaysAheadIsOnTimeWhenServedOnTheDay() {
    String instance = bookedAndPrepared();
    clockAt(eventDay + "T10:00");
    complete(instance, "dampingi-vicon", Map.of());
    clockAt(eventDay.plusDays(1) + "T09:00");
    detector.sweep();
    complete(instance, "lapor-vicon", Map.of());

    assertThat(scenario.events(instance)).as("no deviation for a conference served on its day").isEmpty();
  }

  @Test
  void theReportAfterTheEventIsStillHeldToItsOneWorkingDay() {
    String instance = bookedAndPrepared();
    clockAt(eventDay + "T10:00");
    complete(instance, "dampingi-vicon", Map.of());
    Instant serviceDeadline = SopTestEngine.CALENDAR.plus(SopTestEngine.CALENDAR.endOf(eventDay, CalendarKind.HARI_KERJA),
        StandardTime.parse("1 hari kerja"), CalendarKind.HARI_KERJA);
    clockAt(serviceDeadline.plusSeconds(60).atZone(EngineScenario.WIB).toLocalDateTime().toString());
    detector.sweep();

    assertThat(scenario.events(instance).stream().filter(event -> event.rule() == Rule.SERVICE_OVERDUE))
        .singleElement().extracting(MaladministrationEvent::standardDeadline).isEqualTo(serviceDeadline);
  }

  /** Requested on 1 October for a conference 30 working days later; checked, approved, confirmed and tested in time. */
  private String bookedAndPrepared() {
    clockAt("2026-10-01T09:00");
    String instance = scenario.engine().getRuntimeService().startProcessInstanceByKey("tik-video-conference", "VC-1")
        .getId();
    complete(instance, "periksa-jadwal", Map.of("memenuhiSyarat", "ya", "tanggalKegiatan", eventDay.toString()));
    complete(instance, "setujui-vicon", Map.of("viconDisetujui", "ya"));
    complete(instance, "konfirmasi-jadwal", Map.of());
    assertThat(scenario.task(instance).getDueDate()).as("the connection test, one working day before the event")
        .isEqualTo(java.util.Date.from(SopTestEngine.CALENDAR.minus(
            SopTestEngine.CALENDAR.endOf(eventDay, CalendarKind.HARI_KERJA), StandardTime.parse("1 hari kerja"),
            CalendarKind.HARI_KERJA)));
    // past the 17 hari kerja from the request, the conference not yet held: nothing is late
    clockAt(eventDay.minusDays(3) + "T10:00");
    detector.sweep();
    assertThat(scenario.events(instance)).isEmpty();
    complete(instance, "uji-koneksi", Map.of());
    return instance;
  }

  private void complete(String instance, String step, Map<String, Object> variables) {
    assertThat(scenario.task(instance).getTaskDefinitionKey()).isEqualTo(step);
    tasks.complete(scenario.task(instance).getId(), variables);
  }
}

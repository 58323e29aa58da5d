package org.sopflow.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sopflow.Browser;
import org.sopflow.EngineScenario;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.survey.SkmAnswer;
import org.sopflow.survey.SkmResponses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A manager in Cockpit sees the PPID SOP's registration step in red on the diagram after it took three
 * working hours against its 30 minutes, the SOP table on the dashboard and an instance's deadlines;
 * the desk officer finds the request still waiting past its deadline under "Terlambat" in Tasklist.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:sopflow-cockpit-test;DB_CLOSE_DELAY=-1",
    "sop.deadlines.detection-interval=PT1H"})
@ActiveProfiles("demo")
class CockpitTimingBrowserTest {

  private static final String KEY = "pip-permohonan-informasi";

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  WorkingCalendar calendar;
  @Autowired
  SkmResponses skm;

  @Test
  void theManagerSeesTheSlowStepInRedAndTheOfficerSeesTheLateTask() {
    EngineScenario.awaitTimingPreload();
    LocalDate day = recentWorkingDay();
    String slow = runSlowRegistrationOn(day);
    answerOneSurvey();
    assertThat(new org.sopflow.ApiClient(port).post("/api/tindak-lanjut", "kepala-dinas", """
        {"sumber": "MALADMINISTRASI", "jenis": "STEP_OVERDUE", "sop": "%s", "langkah": "registrasi-permohonan",
         "dari": "%s", "sampai": "%s", "bukti": "Registrasi melewati waktu standar", "tindakan": "Tambah petugas meja",
         "penanggungJawab": "ppid"}""".formatted(KEY, day, day)).statusCode()).isEqualTo(201);
    ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(KEY).latestVersion().singleResult();

    try (Browser browser = Browser.open()) {
      try {
        logIn(browser, "cockpit", "ppid", By.cssSelector(".dashboard, .Dashboard, [class*='dashboard']"));
        browser.waitFor(By.cssSelector(".sop-timing-table"));
        assertThat(browser.waitFor(By.cssSelector(".sop-timing-table")).getText()).contains(KEY)
            .doesNotContain("PENUNDAAN_BERLARUT");
        // the busiest SOP's 12-month trend, drawn by the server and loaded from it
        WebElement chart = browser.waitFor(By.cssSelector("img.sop-trend-chart"));
        assertThat(chart.getDomAttribute("src")).endsWith("/api/timing/" + KEY + "/trend.svg");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(driver -> ((Number) ((JavascriptExecutor) driver)
            .executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0", chart)).intValue() == 560);
        // the semester's satisfaction: IKM and mutu per service, and the nine unsur drawn by the server
        assertThat(browser.waitFor(By.cssSelector(".sop-skm-table")).getText())
            .contains("Pelayanan Permohonan Informasi Publik", "94.44", "Sangat Baik");
        // a year ahead without holiday file is said on the dashboard, as /api/kalender says it
        boolean missing = new org.sopflow.ApiClient(port).get("/api/kalender", "ppid").body()
            .contains("\"tahunTanpaHariLibur\":[2");
        assertThat(browser.driver().findElements(By.cssSelector(".sop-calendar-warning")).stream()
            .map(WebElement::getText).anyMatch(text -> text.startsWith("Belum ada daftar hari libur untuk tahun")))
            .isEqualTo(missing);
        // the follow-ups still open, with their owner and due date
        assertThat(browser.waitFor(By.cssSelector(".sop-follow-up-table")).getText())
            .contains("Log maladministrasi", KEY, "Tambah petugas meja", "ppid", "direncanakan");
        WebElement unsur = browser.waitFor(By.cssSelector("img.sop-unsur-chart"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(driver -> ((Number) ((JavascriptExecutor) driver)
            .executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0", unsur)).intValue() == 560);
        // the late registration, named as the Ombudsman names it, never by its code
        assertThat(browser.waitFor(By.cssSelector(".sop-events-table")).getText())
            .contains("Penundaan berlarut", "Langkah melewati waktu standar").doesNotContain("STEP_OVERDUE");

        browser.get(base("cockpit") + "#/process-definition/" + definition.getId() + "/runtime");
        assertThat(browser.waitFor(By.cssSelector(".sop-timing-overlay[data-activity='registrasi-permohonan']"))
            .getDomAttribute("data-status")).isEqualTo(TimingService.RED);

        browser.get(base("cockpit") + "#/process-instance/" + slow + "/runtime");
        browser.waitClickable(By.partialLinkText("Tenggat SOP")).click();
        assertThat(browser.waitFor(By.cssSelector(".sop-open-tasks")).getText()).contains("periksa-kelengkapan");
        assertThat(browser.waitFor(By.cssSelector(".sop-instance-events")).getText()).contains("Penundaan berlarut");

        browser.driver().manage().deleteAllCookies();
        logIn(browser, "tasklist", "ppid-petugas", By.partialLinkText("Terlambat"));
        browser.waitClickable(By.partialLinkText("Terlambat")).click();
        browser.waitFor(By.partialLinkText("Registrasi permohonan dan pemberian tanda terima"));
      } catch (RuntimeException | AssertionError e) {
        browser.screenshot("cockpit-timing-failure");
        throw e;
      }
    }
  }

  /** A served information request whose citizen rated seven unsur 4 and two 3 (94.44, mutu A). */
  private void answerOneSurvey() {
    String served = engine.getRuntimeService().startProcessInstanceByKey(KEY, "REG-SKM").getId();
    engine.getRuntimeService().createProcessInstanceModification(served).cancelAllForActivity("registrasi-permohonan")
        .startBeforeActivity("informasi-diberikan").execute();
    skm.record(new SkmResponses.Served(served, KEY, 1, "permohonan-informasi-publik"), SkmAnswer.read(Map.of("u1", "4",
        "u2", "4", "u3", "4", "u4", "4", "u5", "4", "u6", "4", "u7", "4", "u8", "3", "u9", "3"), true),
        SkmResponses.Source.KERTAS, "admin");
  }

  /** Registration took 08:00-11:00 (3 working hours, standard 30 minutes); a second request still waits at it. */
  private String runSlowRegistrationOn(LocalDate day) {
    try {
      at(day, "08:00");
      String slow = engine.getRuntimeService().startProcessInstanceByKey(KEY, "REG-LAMBAT").getId();
      engine.getRuntimeService().startProcessInstanceByKey(KEY, "REG-TERTUNDA");
      at(day, "11:00");
      String task = engine.getTaskService().createTaskQuery().processInstanceId(slow).singleResult().getId();
      engine.getTaskService().complete(task, Map.of("namaPemohon", "Budi", "rincianInformasi", "Data wifi publik"));
      return slow;
    } finally {
      EngineScenario.resetClock();
    }
  }

  private void at(LocalDate day, String time) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.parse(time)).atZone(calendar.zone()).toInstant()));
  }

  /** The latest Monday-Thursday working day before today, so 08:00-11:00 is all working time. */
  private LocalDate recentWorkingDay() {
    LocalDate day = LocalDate.now(calendar.zone()).minusDays(1);
    while (!calendar.isWorkingDay(day) || day.getDayOfWeek() == DayOfWeek.FRIDAY) {
      day = day.minusDays(1);
    }
    return day;
  }

  private String base(String app) {
    return "http://127.0.0.1:" + port + "/camunda/app/" + app + "/default/";
  }

  private void logIn(Browser browser, String app, String user, By landed) {
    browser.get(base(app));
    browser.waitFor(By.cssSelector("input[type=text]")).sendKeys(user);
    browser.waitFor(By.cssSelector("input[type=password]")).sendKeys("demo");
    browser.waitClickable(By.cssSelector("button[type=submit]")).click();
    browser.waitFor(landed);
  }
}

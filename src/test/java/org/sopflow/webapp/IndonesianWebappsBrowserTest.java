package org.sopflow.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Locale;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.sopflow.Browser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A new employee opens Tasklist in a browser set to English and UTC: the login page and a task speak
 * Indonesian, the task's due date is shown in WIB, the configured application name heads the page,
 * the city's logo stands in Camunda's place, and Camunda's migration banner is not there. The Welcome
 * page too, and English is one click away.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:sopflow-webapp-test;DB_CLOSE_DELAY=-1",
    "sop.webapp.name=Layanan SOP Uji", "sop.webapp.logo=/sop/logo-uji.png"})
@ActiveProfiles("demo")
class IndonesianWebappsBrowserTest {

  private static final DateTimeFormatter WIB_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'pukul' HH.mm",
      Locale.forLanguageTag("id-ID")).withZone(ZoneId.of("Asia/Jakarta"));

  @LocalServerPort
  int port;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;

  @Test
  void tasklistSpeaksIndonesianOnJakartaTime() {
    Instant due = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
    runtimeService.startProcessInstanceByKey("pip-permohonan-informasi", "WIB-1");
    Task task = taskService.createTaskQuery().processInstanceBusinessKey("WIB-1").singleResult();
    task.setDueDate(Date.from(due));
    taskService.saveTask(task);

    try (Browser browser = Browser.openInTimeZone("UTC")) {
      try {
        browser.get("http://127.0.0.1:" + port + "/camunda/app/tasklist/default/");
        assertThat(browser.waitFor(By.cssSelector("button[type=submit]")).getText()).isEqualTo("Masuk");
        assertThat(browser.waitFor(By.tagName("body")).getText()).contains("Layanan SOP Uji", "Asia/Jakarta");
        assertThat(browser.waitFor(By.cssSelector(".login-logo")).getCssValue("background-image")).contains("/sop/logo-uji.png");
        assertThat(browser.driver().findElements(By.cssSelector(".login-logo svg")))
            .allSatisfy(camundaLogo -> assertThat(camundaLogo.isDisplayed()).isFalse());
        assertThat(browser.waitFor(By.cssSelector("input[type=text]")).getDomAttribute("placeholder"))
            .isEqualTo("Nama pengguna");
        assertThat(browser.waitFor(By.cssSelector("input[type=password]")).getDomAttribute("placeholder"))
            .isEqualTo("Kata sandi");
        assertThat(browser.driver().findElements(By.cssSelector(".ce-eol-banner")))
            .allSatisfy(banner -> assertThat(banner.isDisplayed()).isFalse());

        browser.waitFor(By.cssSelector("input[type=text]")).sendKeys("ppid-petugas");
        browser.waitFor(By.cssSelector("input[type=password]")).sendKeys("demo");
        browser.waitClickable(By.cssSelector("button[type=submit]")).click();
        browser.waitClickable(By.partialLinkText("Registrasi permohonan")).click();
        browser.waitFor(By.xpath("//button[normalize-space()='Klaim']"));

        String page = browser.waitFor(By.tagName("body")).getText();
        assertThat(page).contains("Layanan SOP Uji", "Mulai proses", "Tenggat", "Riwayat", "Formulir", "Asia/Jakarta");
        assertThat(dueDateTooltip(browser)).contains(WIB_TIME.format(due));
        assertThat(page).doesNotContain("Start process", "Claim", "migrate to Camunda 8");
        assertThat(browser.driver().findElements(By.cssSelector(".ce-eol-banner")))
            .allSatisfy(banner -> assertThat(banner.isDisplayed()).isFalse());

        browser.get("http://127.0.0.1:" + port + "/camunda/app/welcome/default/");
        browser.waitFor(By.xpath("//*[normalize-space()='Aplikasi']"));
        assertThat(browser.waitFor(By.tagName("body")).getText()).contains("Ubah kata sandi", "Layanan SOP Uji");

        // English stays selectable: the footer link switches this browser, and back.
        browser.click(By.cssSelector(".sop-bahasa"));
        browser.waitFor(By.xpath("//*[normalize-space()='Applications']"));
        assertThat(browser.waitFor(By.cssSelector(".sop-bahasa")).getText()).isEqualTo("Bahasa Indonesia");
        browser.click(By.cssSelector(".sop-bahasa"));
        browser.waitFor(By.xpath("//*[normalize-space()='Aplikasi']"));
      } catch (RuntimeException | AssertionError e) {
        browser.screenshot("indonesian-tasklist-failure");
        throw e;
      }
    }
  }

  /** The task view shows the due date relative ("dalam 3 hari"); its tooltip shows the date and time. */
  private static String dueDateTooltip(Browser browser) {
    WebElement due = browser.waitFor(By.cssSelector("[cam-widget-inline-field].due-date span[am-time-ago]"));
    new Actions(browser.driver()).moveToElement(due).perform();
    return browser.waitFor(By.cssSelector(".tooltip-inner")).getText();
  }
}

package org.sopflow.holiday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sopflow.EngineScenario.clockAt;
import static org.sopflow.EngineScenario.wib;

import java.net.http.HttpResponse;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.sopflow.ApiClient;
import org.sopflow.Browser;
import org.sopflow.EngineScenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The administrator adds a day off with its decree: an open step's due date moves past it at once,
 * the change is recorded with who made it, and a year whose national list is added no longer warns.
 * Others may read the days off but not change them; a bad field is named.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:sopflow-office-holidays-test;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("demo")
class OfficeHolidaysTest {

  private static final String DECREE = "Keputusan Wali Kota Probolinggo Nomor 100.3.3.2/45/KEP/425.012/2026";

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;

  @AfterEach
  void resetClock() {
    EngineScenario.resetClock();
  }

  @Test
  void aDayOffAddedByTheAdministratorMovesAnOpenStepsDeadline() {
    ApiClient api = new ApiClient(port);
    clockAt("2026-12-07T09:00"); // Monday
    String instance = engine.getRuntimeService().startProcessInstanceByKey("tik-video-conference", "VC-LIBUR").getId();
    assertThat(task(instance).getDueDate()).isEqualTo(Date.from(wib("2026-12-08T09:00")));

    HttpResponse<String> added = api.post("/api/kalender/libur", "admin:admin", """
        {"tanggal": "2026-12-08", "nama": "Cuti bersama daerah", "jenis": "libur-daerah", "dasar": "%s"}
        """.formatted(DECREE));

    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    assertThat(added.body()).contains("\"tenggatBergeser\":", "\"oleh\":\"admin\"", DECREE);
    assertThat(task(instance).getDueDate()).as("a day later, past the day off").isEqualTo(Date.from(wib("2026-12-09T09:00")));
    assertThat(api.get("/api/kalender/libur?tahun=2026", "tik-operator-vicon").body())
        .contains("\"tanggal\":\"2026-12-08\"", "Cuti bersama daerah", "\"aksi\":\"TAMBAH\"");

    HttpResponse<String> removed = api.post("/api/kalender/libur/hapus", "admin:admin", """
        {"tanggal": "2026-12-08", "dasar": "%s (dicabut)"}
        """.formatted(DECREE));
    assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
    assertThat(task(instance).getDueDate()).as("back where it was").isEqualTo(Date.from(wib("2026-12-08T09:00")));
  }

  @Test
  void addingAYearsNationalHolidaysEndsItsWarning() {
    ApiClient api = new ApiClient(port);
    clockAt("2026-12-07T09:00");
    assertThat(api.get("/api/kalender", "admin:admin").body()).contains("\"tahunTanpaHariLibur\":[2027]");
    assertThat(api.post("/api/kalender/libur", "admin:admin", """
        {"tanggal": "2027-01-01", "nama": "Tahun Baru 2027 Masehi", "jenis": "libur-nasional", "dasar": "SKB 3 Menteri 2027"}
        """).statusCode()).isEqualTo(201);
    assertThat(api.get("/api/kalender", "admin:admin").body()).contains("\"tahunTanpaHariLibur\":[]");
  }

  @Test
  void onlyTheAdministratorChangesTheHolidaysAndBadFieldsAreNamed() {
    ApiClient api = new ApiClient(port);
    String body = """
        {"tanggal": "2026-12-28", "nama": "Libur", "jenis": "libur-daerah", "dasar": "SK"}
        """;
    assertThat(api.post("/api/kalender/libur", "kepala-dinas", body).statusCode()).isEqualTo(403);
    assertThat(api.post("/api/kalender/libur", null, body).statusCode()).isEqualTo(401);
    HttpResponse<String> badKind = api.post("/api/kalender/libur", "admin:admin", body.replace("libur-daerah", "cuti"));
    assertThat(badKind.statusCode()).isEqualTo(400);
    assertThat(badKind.body()).contains("jenis: 'cuti' is none of");
    HttpResponse<String> noDecree = api.post("/api/kalender/libur", "admin:admin", body.replace("\"SK\"", "\"\""));
    assertThat(noDecree.body()).contains("dasar: required");
    HttpResponse<String> badDate = api.post("/api/kalender/libur", "admin:admin", body.replace("2026-12-28", "28-12-2026"));
    assertThat(badDate.body()).contains("tanggal: '28-12-2026' is not a date");
    assertThat(api.post("/api/kalender/libur/hapus", "admin:admin", """
        {"tanggal": "2026-12-29", "dasar": "SK"}
        """).body()).contains("2026-12-29 is no day off");
  }

  @Test
  void theAdministratorAddsADayOffOnAdminsSystemPage() {
    clockAt("2026-12-14T09:00"); // Monday, a week after the other test's day off
    String instance = engine.getRuntimeService().startProcessInstanceByKey("tik-video-conference", "VC-ADMIN").getId();
    assertThat(task(instance).getDueDate()).isEqualTo(Date.from(wib("2026-12-15T09:00")));

    try (Browser browser = Browser.open()) {
      try {
        String admin = "http://127.0.0.1:" + port + "/camunda/app/admin/default/";
        browser.logIn(admin, "admin", "admin");
        browser.get(admin + "#/system?section=sop-hari-libur");
        assertThat(browser.waitFor(By.cssSelector(".sop-libur-table")).getText()).contains("Natal");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = '2026-12-15'",
            browser.waitFor(By.id("sop-libur-tanggal")));
        browser.type(By.id("sop-libur-nama"), "Hari libur daerah");
        new Select(browser.waitFor(By.id("sop-libur-jenis"))).selectByValue("libur-daerah");
        browser.type(By.id("sop-libur-dasar"), DECREE);
        browser.click(By.xpath("//button[normalize-space()='Tambah hari libur']"));

        assertThat(browser.waitFor(By.cssSelector(".sop-libur-hasil")).getText()).contains("dihitung ulang");
        assertThat(browser.waitFor(By.cssSelector(".sop-libur-riwayat")).getText()).contains("TAMBAH", DECREE, "admin");
      } catch (RuntimeException | AssertionError e) {
        browser.screenshot("hari-libur-admin");
        throw e;
      }
    }
    assertThat(task(instance).getDueDate()).as("past the day off").isEqualTo(Date.from(wib("2026-12-16T09:00")));
  }

  private Task task(String instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
  }
}

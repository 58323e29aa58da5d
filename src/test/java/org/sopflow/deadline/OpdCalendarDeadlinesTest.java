package org.sopflow.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sopflow.ApiClient;
import org.sopflow.SopFlowApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * An OPD with hours and a holiday of its own in its {@code opd.yaml}: its steps are due on its
 * calendar (a PATEN desk open on Saturday morning), the city's holidays still count for it, and a
 * line it wrote wrong stops the start naming the file and the field.
 */
class OpdCalendarDeadlinesTest {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final String KECAMATAN = "kecamatan-kanigaran";
  private static final String HOURS = """
      jam-kerja:
        senin: [07:30-12:00, 13:00-16:00]
        selasa: [07:30-12:00, 13:00-16:00]
        rabu: [07:30-12:00, 13:00-16:00]
        kamis: [07:30-12:00, 13:00-16:00]
        jumat: [07:30-11:30, 13:00-16:00]
        sabtu: [08:00-12:00]
      hari-libur:
        - {tanggal: 2026-12-05, nama: Hari jadi Kecamatan Kanigaran (contoh)}
      """;

  @TempDir
  Path city;

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void aStepIsDueOnItsOpdsHoursAndHolidays() throws IOException {
    copyKecamatan(HOURS);
    try (ConfigurableApplicationContext app = start("opd-calendar")) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      // Friday 15:50: 10 minutes left of the kecamatan's day, the rest (5 of 15 minutes) on Saturday morning
      assertThat(firstStepDue(engine, "2026-11-27T15:50")).isEqualTo(wib("2026-11-28T08:05"));
      // Friday 4 December 15:50: Saturday the 5th is its own day off, so Monday
      assertThat(firstStepDue(engine, "2026-12-04T15:50")).isEqualTo(wib("2026-12-07T07:35"));
      // Wednesday 23 December 15:50: cuti bersama and Natal (the city's) and the weekend's Sunday pass; Saturday works
      assertThat(firstStepDue(engine, "2026-12-23T15:50")).isEqualTo(wib("2026-12-26T08:05"));
      // the service's working time counts on the same calendar: 1 hari kerja, its day's mean length
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      assertThat(jdbc.queryForObject("SELECT MAX(standard_seconds) FROM sop_instance_deadline", Long.class))
          .isEqualTo((4 * 27000L + 25200 + 4 * 3600) / 6);
      // what staff read to explain a due date: the OPD's calendar holds its own day off, the city's does not
      ApiClient api = new ApiClient(((WebServerApplicationContext) app).getWebServer().getPort());
      assertThat(api.get("/api/kalender/libur?tahun=2026&opd=" + KECAMATAN, "kanigaran-petugas-paten").body())
          .contains("Hari jadi Kecamatan Kanigaran (contoh)", "libur-opd", "Hari Raya Natal");
      assertThat(api.get("/api/kalender/libur?tahun=2026", "kanigaran-petugas-paten").body())
          .doesNotContain("Hari jadi Kecamatan Kanigaran");
    }
  }

  @Test
  void anOpdsHoursThatCannotBeReadStopTheStartNamingTheFileAndField() throws IOException {
    copyKecamatan("jam-kerja:\n  sabtu: [08.00-12.00]\n");
    assertThatThrownBy(() -> start("opd-calendar-bad").close())
        .hasStackTraceContaining("opd.yaml jam-kerja.sabtu: '08.00-12.00' is not a working period");
  }

  private Date firstStepDue(ProcessEngine engine, String friday) {
    ClockUtil.setCurrentTime(wib(friday));
    String instance = engine.getRuntimeService().createProcessInstanceByKey("kanigaran-legalisasi-dokumen")
        .processDefinitionTenantId(KECAMATAN).execute().getId();
    return engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getDueDate();
  }

  private void copyKecamatan(String hours) throws IOException {
    Path folder = city.resolve(KECAMATAN);
    FileSystemUtils.copyRecursively(Path.of("processes", KECAMATAN), folder);
    Files.writeString(folder.resolve("opd.yaml"), Files.readString(folder.resolve("opd.yaml")) + hours);
  }

  private ConfigurableApplicationContext start(String database) {
    return new SpringApplicationBuilder(SopFlowApplication.class).profiles("demo")
        .run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1",
            "--sop.processes.watch=false", "--sop.processes.location=" + city.toUri(),
            "--sop.processes.opds=" + KECAMATAN, "--sop.deadlines.detection-interval=PT1H");
  }

  private static Date wib(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(WIB).toInstant());
  }
}

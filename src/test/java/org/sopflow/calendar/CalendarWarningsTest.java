package org.sopflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sopflow.EngineScenario.clockAt;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sopflow.ApiClient;
import org.sopflow.EngineScenario;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The holiday files cover 2025 and 2026: in December 2026 deadlines reach into 2027, whose holidays
 * would count as working days, and readiness and the API say so (the node stays ready); in June 2025
 * nothing is missing.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:sopflow-calendar-warnings-test;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("demo")
class CalendarWarningsTest {

  @LocalServerPort
  int port;

  @AfterEach
  void resetClock() {
    EngineScenario.resetClock();
  }

  @Test
  void aYearAheadWithoutHolidayFileIsSaidInReadinessAndTheApi() {
    ApiClient api = new ApiClient(port);
    clockAt("2026-12-07T09:00");
    HttpResponse<String> readiness = api.get("/actuator/health/readiness", null);
    assertThat(readiness.statusCode()).as("still ready").isEqualTo(200);
    assertThat(readiness.body()).contains("\"status\":\"UP\"", "\"kalender\":{\"status\":\"PERINGATAN\"}");
    assertThat(api.get("/api/kalender", "ppid-petugas").body()).contains("\"tahunTanpaHariLibur\":[2027]",
        "Belum ada daftar hari libur untuk tahun 2027");

    clockAt("2025-06-02T09:00");
    assertThat(api.get("/actuator/health/readiness", null).body()).contains("\"kalender\":{\"status\":\"UP\"}");
    assertThat(api.get("/api/kalender", "ppid-petugas").body()).contains("\"tahunTanpaHariLibur\":[]");
  }
}

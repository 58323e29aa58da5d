package org.sopflow.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.sopflow.ApiClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/** Guessing codes is slowed down: a client address gets 429 with Retry-After past its lookups a minute. */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:sopflow-lookup-limit-test;DB_CLOSE_DELAY=-1", "sop.citizen.lookups-per-minute=3"})
class LookupLimitTest {

  @LocalServerPort
  int port;

  @Test
  void theFourthLookupInAMinuteIsRefusedWithRetryAfter() {
    ApiClient api = new ApiClient(port);
    for (int i = 0; i < 3; i++) {
      assertThat(api.get("/lacak/ACEFHJKMNPR" + i, null, "text/html").statusCode()).isEqualTo(404);
    }
    HttpResponse<String> refused = api.get("/lacak/ACEFHJKMNPRT", null, "text/html");
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
        assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
    assertThat(refused.body()).contains("Terlalu banyak pencarian");
  }

  @Test
  void behindTheProxyEachCitizenIsCountedByTheAddressItForwards() {
    ApiClient one = new ApiClient(port).with("X-Forwarded-For", "203.0.113.7");
    ApiClient two = new ApiClient(port).with("X-Forwarded-For", "203.0.113.8");
    for (int i = 0; i < 3; i++) {
      assertThat(one.get("/lacak/ACEFHJKMNPR" + i, null, "text/html").statusCode()).isEqualTo(404);
    }
    assertThat(one.get("/lacak/ACEFHJKMNPRT", null, "text/html").statusCode()).isEqualTo(429);
    assertThat(two.get("/lacak/ACEFHJKMNPRT", null, "text/html").statusCode()).isEqualTo(404);
  }

  @Test
  void aWindowCountsEachAddressApart() {
    LookupLimit limit = new LookupLimit(1);
    assertThat(limit.secondsToWait("10.0.0.1")).isZero();
    assertThat(limit.secondsToWait("10.0.0.2")).isZero();
    assertThat(limit.secondsToWait("10.0.0.1")).isPositive();
  }
}

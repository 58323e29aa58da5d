package org.sopflow.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sopflow.ApiClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/** X-Forwarded-For from a peer that is not a trusted proxy is ignored: a guesser cannot reset the limit by it. */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:sopflow-untrusted-proxy-test;DB_CLOSE_DELAY=-1",
    "sop.citizen.lookups-per-minute=3", "server.tomcat.remoteip.internal-proxies=10\\\\.9\\\\.9\\\\.9"})
class UntrustedProxyTest {

  @LocalServerPort
  int port;

  @Test
  void aForwardedAddressFromAnUntrustedPeerDoesNotCount() {
    for (int i = 0; i < 3; i++) {
      assertThat(new ApiClient(port).with("X-Forwarded-For", "203.0.113." + i)
          .get("/lacak/ACEFHJKMNPR" + i, null, "text/html").statusCode()).isEqualTo(404);
    }
    assertThat(new ApiClient(port).with("X-Forwarded-For", "203.0.113.99").get("/lacak/ACEFHJKMNPRT", null, "text/html")
        .statusCode()).as("all four came from 127.0.0.1").isEqualTo(429);
  }
}

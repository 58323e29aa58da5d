package org.sopflow.tracking;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.sopflow.calendar.WorkingCalendar;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /lacak}: a citizen enters the code of the receipt; {@code /lacak/{code}} shows the request.
 * No login. Unknown and malformed codes get the same 404; lookups are limited per client address.
 */
@Controller
class TrackingController {

  /** No script at all, this server's style sheet only, never in a frame, no referrer to other sites. */
  static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self';"
      + " frame-ancestors 'none'; base-uri 'none'";

  private final TrackedRequests requests;
  private final TrackingPage page;
  private final LookupLimit limit;

  TrackingController(TrackedRequests requests, WorkingCalendar calendar, CitizenProperties properties) {
    this.requests = requests;
    this.page = new TrackingPage(calendar.zone());
    this.limit = new LookupLimit(properties.lookupsPerMinute());
  }

  @GetMapping(path = "/lacak", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> form(@RequestParam(required = false) String kode) {
    if (kode == null || kode.isBlank()) {
      return html(HttpStatus.OK, page.form(null));
    }
    // forgiving of how a code is typed: spaces, dashes, lower case
    String code = kode.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    if (!code.matches("[A-Z0-9]{1,20}")) {
      return html(HttpStatus.NOT_FOUND, page.notFound());
    }
    return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/lacak/" + code)).headers(secure()).build();
  }

  @GetMapping(path = "/lacak/{code}", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> request(@PathVariable String code, HttpServletRequest http) {
    long wait = limit.secondsToWait(http.getRemoteAddr());
    if (wait > 0) {
      return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).headers(secure())
          .header(HttpHeaders.RETRY_AFTER, String.valueOf(wait)).contentType(MediaType.TEXT_HTML)
          .body(page.tooMany(wait));
    }
    return requests.byCode(code).map(found -> html(HttpStatus.OK, page.request(found, "")))
        .orElseGet(() -> html(HttpStatus.NOT_FOUND, page.notFound()));
  }

  private static ResponseEntity<String> html(HttpStatus status, String body) {
    return ResponseEntity.status(status).headers(secure()).contentType(new MediaType(MediaType.TEXT_HTML,
        java.nio.charset.StandardCharsets.UTF_8)).body(body);
  }

  /** The headers of every citizen page. */
  static HttpHeaders secure() {
    HttpHeaders headers = new HttpHeaders();
    headers.set("Content-Security-Policy", CSP);
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("X-Frame-Options", "DENY");
    headers.set("Referrer-Policy", "no-referrer");
    headers.setCacheControl("no-store");
    return headers;
  }
}

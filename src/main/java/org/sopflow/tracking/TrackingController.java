package org.sopflow.tracking;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.print.CitizenPages;
import org.sopflow.survey.InternalSurvey;
import org.sopflow.survey.SkmAnswer;
import org.sopflow.survey.SkmResponses;
import org.sopflow.survey.SurveyForm;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /lacak}: a citizen enters the code of the receipt; {@code /lacak/{code}} shows the request,
 * and once it is served, the Survei Kepuasan Masyarakat ({@code POST /lacak/{code}/skm}), or for a
 * service to other agencies and staff the internal survey's one question. No login.
 * Unknown and malformed codes get the same 404; lookups are limited per client address.
 */
@Controller
class TrackingController {

  private static final MediaType UTF8_HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

  private final TrackedRequests requests;
  private final SkmResponses responses;
  private final InternalSurvey internalSurvey;
  private final TrackingPage page;
  private final LookupLimit limit;

  TrackingController(TrackedRequests requests, SkmResponses responses, InternalSurvey internalSurvey,
                     WorkingCalendar calendar, CitizenProperties properties) {
    this.requests = requests;
    this.responses = responses;
    this.internalSurvey = internalSurvey;
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
    return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/lacak/" + code)).headers(CitizenPages.headers()).build();
  }

  @GetMapping(path = "/lacak/{code}", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> request(@PathVariable String code, HttpServletRequest http) {
    long wait = limit.secondsToWait(http.getRemoteAddr());
    if (wait > 0) {
      return tooMany(wait);
    }
    return requests.byCode(code).map(this::show).orElseGet(() -> html(HttpStatus.NOT_FOUND, page.notFound()));
  }

  /** The request, and once served, the survey (with a fresh CSRF token in a strict cookie) or its thanks. */
  private ResponseEntity<String> show(TrackedRequest request) {
    if (!servedAtAnEnd(request)) {
      return html(HttpStatus.OK, page.request(request, ""));
    }
    if (responses.answered(request.processInstanceId())) {
      return html(HttpStatus.OK, page.request(request, SurveyForm.thanks()));
    }
    String token = SurveyTokens.next();
    String action = "/lacak/" + request.code() + "/skm";
    String form = internalSurvey.covers(serviceKey(request)) ? SurveyForm.internalHtml(action, token)
        : SurveyForm.html(action, token);
    return ResponseEntity.ok().headers(CitizenPages.headers()).header(HttpHeaders.SET_COOKIE, SurveyTokens.cookie(token))
        .contentType(UTF8_HTML).body(page.request(request, form));
  }

  /** The service a request belongs to: its Standar Pelayanan, else its SOP. */
  private static String serviceKey(TrackedRequest request) {
    return request.standarPelayanan() != null ? request.standarPelayanan() : request.sopKey();
  }

  /** The citizen's questionnaire: once per served request, with the token of the page it came from. */
  @PostMapping(path = "/lacak/{code}/skm", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
      produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> answer(@PathVariable String code, @RequestParam Map<String, String> fields,
                                @CookieValue(name = SurveyTokens.COOKIE, required = false) String cookie,
                                HttpServletRequest http) {
    long wait = limit.secondsToWait(http.getRemoteAddr());
    if (wait > 0) {
      return tooMany(wait);
    }
    TrackedRequest request = requests.byCode(code).orElse(null);
    if (request == null) {
      return html(HttpStatus.NOT_FOUND, page.notFound());
    }
    if (!SurveyTokens.matches(cookie, fields.get("csrf"))) {
      return html(HttpStatus.FORBIDDEN, page.request(request, TrackingPage.message("Formulir kedaluwarsa. Muat ulang"
          + " halaman ini lalu isi survei kembali.")));
    }
    if (!servedAtAnEnd(request)) {
      return html(HttpStatus.CONFLICT, page.request(request, TrackingPage.message("Survei dapat diisi setelah layanan"
          + " selesai.")));
    }
    SkmResponses.Served served = new SkmResponses.Served(request.processInstanceId(), request.sopKey(),
        request.sopVersion(), serviceKey(request));
    try {
      if (internalSurvey.covers(served.serviceKey())) {
        String puas = fields.get("puas");
        if (!"ya".equals(puas) && !"tidak".equals(puas)) {
          return html(HttpStatus.BAD_REQUEST, page.request(request, TrackingPage.message("Mohon pilih puas atau tidak"
              + " puas.")));
        }
        internalSurvey.record(served, "ya".equals(puas), fields.get("saran"), SkmResponses.Source.ONLINE, null);
      } else {
        responses.record(served, SkmAnswer.read(fields, true), SkmResponses.Source.ONLINE, null);
      }
    } catch (SkmResponses.AlreadyAnswered e) {
      return html(HttpStatus.CONFLICT, page.request(request, TrackingPage.message("Survei untuk permohonan ini sudah"
          + " diisi. Terima kasih.")));
    } catch (IllegalArgumentException e) {
      String asked = internalSurvey.covers(served.serviceKey()) ? "Mohon pilih puas atau tidak puas"
          : "Mohon jawab kesembilan pertanyaan survei (pilih satu jawaban untuk setiap pertanyaan)";
      return html(HttpStatus.BAD_REQUEST, page.request(request, TrackingPage.message(asked + "; saran paling panjang "
          + SkmAnswer.SARAN_LENGTH + " huruf.")));
    }
    return ResponseEntity.status(HttpStatus.SEE_OTHER).headers(CitizenPages.headers())
        .location(URI.create("/lacak/" + request.code() + "#terima-kasih")).build();
  }

  /** Served: ended at an end event (a cancelled request is not judged). */
  private static boolean servedAtAnEnd(TrackedRequest request) {
    return request.ended() && !request.status().equals("dihentikan");
  }

  private ResponseEntity<String> tooMany(long wait) {
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).headers(CitizenPages.headers())
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(wait)).contentType(UTF8_HTML).body(page.tooMany(wait));
  }

  private static ResponseEntity<String> html(HttpStatus status, String body) {
    return ResponseEntity.status(status).headers(CitizenPages.headers()).contentType(UTF8_HTML).body(body);
  }
}

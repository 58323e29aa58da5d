package org.sopflow.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.sopflow.api.ProblemResponses;
import org.sopflow.roles.ReportReaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The managers' reports, once per URL: only report readers (supervisor roles, {@code camunda-admin},
 * and the {@code sop-monitoring} group for a Prometheus user) get past this filter; anyone else gets
 * 403 naming the report and who may read it.
 */
class ReportAccessFilter implements Filter {

  /** The report behind each servlet URL pattern, as named in the refusal. */
  private static final String METRICS = "The metrics";
  static final Map<String, String> REPORTS = reports();

  private final ReportReaders readers;

  ReportAccessFilter(ReportReaders readers) {
    this.readers = readers;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    if (!readers.currentUserMayRead()) {
      ProblemResponses.write(http, (HttpServletResponse) response, HttpStatus.FORBIDDEN, readers.refusal(report(http)));
      return;
    }
    if (!METRICS.equals(report(http)) && readers.currentUserReadsMetricsOnly()) {
      ProblemResponses.write(http, (HttpServletResponse) response, HttpStatus.FORBIDDEN, report(http) + " is not for"
          + " the metrics account (group " + ReportReaders.MONITORING_GROUP + "), which reads /actuator/prometheus only");
      return;
    }
    Optional<BiPredicate<String, String>> own = METRICS.equals(report(http)) ? readers.ownMetricRows() : Optional.empty();
    if (own.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    ContentCachingResponseWrapper scraped = new ContentCachingResponseWrapper((HttpServletResponse) response);
    chain.doFilter(request, scraped);
    byte[] rows = OpdMetricRows.of(new String(scraped.getContentAsByteArray(), StandardCharsets.UTF_8), own.get())
        .getBytes(StandardCharsets.UTF_8);
    scraped.resetBuffer();
    scraped.getOutputStream().write(rows);
    scraped.copyBodyToResponse();
  }

  /** The servlet URL patterns this filter guards. */
  static String[] urlPatterns() {
    return REPORTS.keySet().toArray(String[]::new);
  }

  /**
   * The report of a path: the pattern it falls under ({@code /x/*} also covers {@code /x} itself;
   * {@code *.x} any path ending so).
   */
  private static String report(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return REPORTS.entrySet().stream().filter(report -> report.getKey().startsWith("*.")
            ? path.endsWith(report.getKey().substring(1)) : path.startsWith(report.getKey().replace("/*", "")))
        .map(Map.Entry::getValue).findFirst().orElse("This report");
  }

  private static Map<String, String> reports() {
    Map<String, String> reports = new LinkedHashMap<>();
    reports.put("/api/maladministration/*", "The maladministration log");
    reports.put("/api/timing/*", "The timing figures");
    reports.put("/api/sops/evaluation/*", "The evaluation of SOP application");
    reports.put("/api/sops/evaluation.pdf", "The evaluation of SOP application");
    reports.put("/api/register/*", "The service register");
    reports.put("/api/register.pdf", "The service register");
    reports.put("*.xes", "The process-mining event log");
    reports.put("/api/skm", "The IKM report");
    reports.put("/api/skm.pdf", "The IKM report");
    reports.put("/api/skm.svg", "The IKM report");
    reports.put("/api/skm/rtl", "The SKM follow-up plan");
    reports.put("/api/skm/internal", "The internal survey");
    reports.put("/api/skm/rtl.pdf", "The SKM follow-up plan");
    reports.put("/actuator/prometheus", METRICS);
    return reports;
  }
}

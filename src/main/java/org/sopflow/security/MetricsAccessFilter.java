package org.sopflow.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.sopflow.roles.ReportReaders;
import org.springframework.web.server.ResponseStatusException;

/** Lets only report readers (including the {@code sop-monitoring} group, for a Prometheus user) read the metrics. */
class MetricsAccessFilter implements Filter {

  private final ReportReaders readers;

  MetricsAccessFilter(ReportReaders readers) {
    this.readers = readers;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      readers.check("The metrics");
    } catch (ResponseStatusException e) {
      ((HttpServletResponse) response).sendError(HttpServletResponse.SC_FORBIDDEN, e.getReason());
      return;
    }
    chain.doFilter(request, response);
  }
}

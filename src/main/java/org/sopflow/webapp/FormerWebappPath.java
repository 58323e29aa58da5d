package org.sopflow.webapp;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a link to Camunda 7's webapp path ({@value #FORMER}/app/...), as e-mails and bookmarks from
 * before an installation moved to Operaton hold, on to the same page under the webapps' path now.
 * Registered only when the two differ ({@link WebappConfiguration}).
 */
final class FormerWebappPath extends OncePerRequestFilter {

  static final String FORMER = "/camunda"; // operaton-rename: keep

  private final String path;

  FormerWebappPath(String path) {
    this.path = path;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String method = request.getMethod();
    return !(("GET".equals(method) || "HEAD".equals(method)) && pathOf(request).startsWith(FORMER + "/"));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String query = request.getQueryString();
    response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
    response.setHeader("Location", request.getContextPath() + path + pathOf(request).substring(FORMER.length())
        + (query == null ? "" : "?" + query));
  }

  private static String pathOf(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}

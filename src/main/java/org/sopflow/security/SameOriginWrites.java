package org.sopflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.sopflow.api.ProblemResponses;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;

/**
 * Writes to {@code /engine-rest} and {@code /api} come from this server's own pages or from programs,
 * never from another site: an unsafe request (POST, PUT, PATCH, DELETE) that a browser marks as sent
 * by another site ({@code Sec-Fetch-Site}), or whose {@code Origin} is not this server's nor one of
 * {@code sop.http.allowed-origins}, is refused with 403 before authentication. A page an admin visits
 * cannot deploy a model with the admin's credentials.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class SameOriginWrites extends OncePerRequestFilter {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
  /** What browsers send for a request of the page's own origin, or one the user made (a typed address). */
  private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

  private final Set<String> allowedOrigins;

  SameOriginWrites(HttpProperties properties) {
    this.allowedOrigins = Set.copyOf(properties.allowedOrigins());
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return SAFE_METHODS.contains(request.getMethod())
        || !(path.startsWith("/engine-rest/") || ProblemResponses.isApi(request));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String refusal = refusal(request);
    if (refusal == null) {
      chain.doFilter(request, response);
      return;
    }
    if (ProblemResponses.isApi(request)) {
      ProblemResponses.write(request, response, HttpStatus.FORBIDDEN, refusal);
      return;
    }
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("application/json");
    // the error format of Camunda's REST API
    response.getWriter().write("{\"type\":\"CrossSiteRequest\",\"message\":\"" + refusal + "\"}");
  }

  /** Why the request is refused, or null. */
  private String refusal(HttpServletRequest request) {
    String site = request.getHeader("Sec-Fetch-Site");
    String origin = request.getHeader("Origin");
    if (origin != null && allowedOrigins.contains(origin)) {
      return null;
    }
    if (site != null && !OWN_SITE.contains(site)) {
      return "A " + request.getMethod() + " from another site (Sec-Fetch-Site: " + site + ") is refused;"
          + " write from this server's pages or from a program";
    }
    if (origin != null && !WebUtils.isSameOrigin(new ServletServerHttpRequest(request))) {
      return "A " + request.getMethod() + " from origin " + origin + " is refused; only this server's own origin"
          + " and sop.http.allowed-origins may write";
    }
    return null;
  }
}

package org.sopflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.sopflow.api.ProblemResponses;
import org.springframework.http.HttpStatus;

/**
 * {@code /api} and {@code /actuator/prometheus}: HTTP Basic like {@code /engine-rest}, and, for
 * reading (GET), the login of a Camunda webapp session too, so the Cockpit plugins call the same API
 * as the user who is logged in to Cockpit. Writes always need HTTP Basic (no CSRF token here).
 */
class ApiAuthenticationFilter extends BasicAuthenticationFilter {

  private final ProcessEngine engine;

  ApiAuthenticationFilter(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    UserAuthentication session = sessionUser((HttpServletRequest) request);
    if (session == null) {
      super.doFilter(request, response, chain);
      answerRefusalAsProblem((HttpServletRequest) request, (HttpServletResponse) response);
      return;
    }
    IdentityService identityService = engine.getIdentityService();
    identityService.setAuthentication(session.getIdentityId(), session.getGroupIds(), session.getTenantIds());
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** Camunda's filter refuses with a bare 401 and its challenge header; /api callers also get problem details. */
  private static void answerRefusalAsProblem(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED && !response.isCommitted()
        && ProblemResponses.isApi(request)) {
      ProblemResponses.write(request, response, HttpStatus.UNAUTHORIZED,
          "Log in with HTTP Basic as a Camunda user (or, for GET, with a Tasklist or Cockpit session)");
    }
  }

  private UserAuthentication sessionUser(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod()) || request.getHeader("Authorization") != null) {
      return null;
    }
    HttpSession session = request.getSession(false);
    Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    Authentication user = authentications == null ? null
        : authentications.getAuthenticationForProcessEngine(engine.getName());
    return user instanceof UserAuthentication userAuthentication ? userAuthentication : null;
  }
}

package org.sopflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.sopflow.api.ProblemResponses;
import org.springframework.http.HttpStatus;

/**
 * {@code /api} and {@code /actuator/prometheus}: HTTP Basic like {@code /engine-rest}, and the login of
 * a Camunda webapp session too, so the Cockpit plugins call the same API as the user who is logged in
 * to Cockpit; a write with the session must carry the session's CSRF token, as Camunda's own do.
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
          "Log in with HTTP Basic as a Camunda user (or with a Tasklist or Cockpit session; a write with it"
              + " also sends the session's X-XSRF-TOKEN)");
    }
  }

  /**
   * A write with the webapp session (a Cockpit plugin's button) carries the token Camunda's webapps
   * send with every write of theirs ({@code X-XSRF-TOKEN}), which a page of another site cannot read.
   */
  private static boolean carriesTheSessionsCsrfToken(HttpServletRequest request, HttpSession session) {
    Object expected = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    return expected != null && sent != null && MessageDigest.isEqual(expected.toString().getBytes(
        StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }

  private UserAuthentication sessionUser(HttpServletRequest request) {
    if (request.getHeader("Authorization") != null) {
      return null;
    }
    HttpSession session = request.getSession(false);
    if (!"GET".equals(request.getMethod()) && !carriesTheSessionsCsrfToken(request, session)) {
      return null;
    }
    Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    Authentication user = authentications == null ? null
        : authentications.getAuthenticationForProcessEngine(engine.getName());
    return user instanceof UserAuthentication userAuthentication ? userAuthentication : null;
  }
}

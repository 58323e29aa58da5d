package org.sopflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * Camunda's HTTP Basic filter, except that a browser gets no Basic challenge: a 401 without
 * {@code WWW-Authenticate: Basic} opens no login dialog, so the browser never keeps credentials to
 * send along with requests other sites' pages make. Programs (which send no {@code Sec-Fetch-*}
 * headers) still get the challenge.
 */
class BasicAuthenticationFilter extends ProcessEngineAuthenticationFilter {

  static final String CHALLENGE = "WWW-Authenticate";

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    super.doFilter(request, fromBrowser((HttpServletRequest) request)
        ? new WithoutChallenge((HttpServletResponse) response) : response, chain);
  }

  static boolean fromBrowser(HttpServletRequest request) {
    return request.getHeader("Sec-Fetch-Mode") != null || request.getHeader("Sec-Fetch-Site") != null;
  }

  private static final class WithoutChallenge extends HttpServletResponseWrapper {

    WithoutChallenge(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setHeader(String name, String value) {
      if (!CHALLENGE.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!CHALLENGE.equalsIgnoreCase(name)) {
        super.addHeader(name, value);
      }
    }
  }
}

package org.sopflow.print;

import org.springframework.http.HttpHeaders;

/** What every public page for citizens sends with it: no login, no script, nothing from elsewhere. */
public final class CitizenPages {

  /** No script at all, this server's style sheet only, never in a frame, no referrer to other sites. */
  static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self';"
      + " frame-ancestors 'none'; base-uri 'none'";

  private CitizenPages() {
  }

  /** The headers of every citizen page. */
  public static HttpHeaders headers() {
    HttpHeaders headers = new HttpHeaders();
    headers.set("Content-Security-Policy", CSP);
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("X-Frame-Options", "DENY");
    headers.set("Referrer-Policy", "no-referrer");
    headers.setCacheControl("no-store");
    return headers;
  }
}

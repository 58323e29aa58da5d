package org.sopflow.webapp;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves, in place of the webjar's files, what the Camunda webapps load before anyone logs in: the
 * configuration, the user styles and the Indonesian locale. Mapped handlers win over Spring's static
 * resource handler, which serves everything else of the webapps.
 */
@RestController
class WebappController {

  private static final String APP = "${camunda.bpm.webapp.application-path:/camunda}/app/{app}";
  private static final MediaType JAVASCRIPT = MediaType.parseMediaType("text/javascript;charset=UTF-8");
  private static final MediaType CSS = MediaType.parseMediaType("text/css;charset=UTF-8");

  private final WebappBranding branding;
  private final WebappLocales locales;

  WebappController(WebappBranding branding, WebappLocales locales) {
    this.branding = branding;
    this.locales = locales;
  }

  @GetMapping(APP + "/scripts/config.js")
  ResponseEntity<String> config(@PathVariable String app) {
    return WebappLocales.APPS.contains(app)
        ? ResponseEntity.ok().contentType(JAVASCRIPT).body(branding.configJs(app))
        : ResponseEntity.notFound().build();
  }

  @GetMapping(APP + "/styles/user-styles.css")
  ResponseEntity<String> userStyles(@PathVariable String app) {
    return WebappLocales.APPS.contains(app)
        ? ResponseEntity.ok().contentType(CSS).body(branding.userStylesCss())
        : ResponseEntity.notFound().build();
  }

  @GetMapping(APP + "/locales/id.json")
  ResponseEntity<byte[]> indonesian(@PathVariable String app) {
    return locales.indonesian(app)
        .map(body -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body))
        .orElseGet(() -> ResponseEntity.notFound().build());
  }
}

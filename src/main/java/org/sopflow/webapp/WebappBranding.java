package org.sopflow.webapp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Each webapp's {@code scripts/config.js} and {@code styles/user-styles.css}, written from
 * {@code sop.webapp.*}: Camunda reads its application name, locales and custom scripts from the
 * first, and loads the second after its own styles.
 */
final class WebappBranding {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
  /** Scripts each app loads besides the shared one (time zone, language switch). */
  private static final Map<String, List<String>> APP_SCRIPTS = Map.of("cockpit", List.of("sop/sop-plugins"),
      "admin", List.of("sop/sop-admin"), "tasklist", List.of("sop/sop-tasklist"));

  private final WebappProperties webapp;
  private final ZoneId zone;
  private final String settings;

  WebappBranding(WebappProperties webapp, ObjectMapper json) {
    this.webapp = webapp;
    if (!List.of("id", "en").contains(webapp.locale())) {
      throw new IllegalArgumentException("sop.webapp.locale: '" + webapp.locale() + "' is not id or en");
    }
    try {
      this.zone = ZoneId.of(webapp.timeZone());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("sop.webapp.time-zone: '" + webapp.timeZone() + "' is not a time zone", e);
    }
    this.settings = toJson(json, browserSettings());
  }

  /** The zone's short Indonesian name, e.g. WIB for Asia/Jakarta. */
  String zoneLabel() {
    return DateTimeFormatter.ofPattern("zzz", INDONESIAN).format(Instant.now().atZone(zone));
  }

  private Map<String, Object> browserSettings() {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("locale", webapp.locale());
    settings.put("timeZone", zone.getId());
    settings.put("zoneLabel", zoneLabel());
    settings.put("offsetMinutes", zone.getRules().getOffset(Instant.now()).getTotalSeconds() / 60);
    settings.put("name", webapp.name());
    settings.put("vendor", webapp.vendor());
    return settings;
  }

  String configJs(String app) {
    List<String> scripts = new java.util.ArrayList<>(List.of("../sop/webapp"));
    scripts.addAll(APP_SCRIPTS.getOrDefault(app, List.of()));
    return """
        // Written by SOP Flow from the sop.webapp.* settings; replaces the webjar's default.
        window.sopWebapp = %s;
        // A user's own choice (the language link in the footer) wins over the configured default.
        const chosen = window.localStorage.getItem('sopflow.locale');
        const locale = chosen === 'id' || chosen === 'en' ? chosen : window.sopWebapp.locale;
        export default {
          app: {name: window.sopWebapp.name, vendor: window.sopWebapp.vendor},
          // One locale only, so the browser's language does not override it; keys our translation
          // lacks are English already (the served id.json is laid over en.json).
          locales: {availableLocales: [locale], fallbackLocale: locale},
          customScripts: %s%s
        };
        """.formatted(settings, quoted(scripts), "tasklist".equals(app) ? ",\n  shortcuts: " + TASKLIST_SHORTCUTS : "");
  }

  String userStylesCss() {
    StringBuilder css = new StringBuilder("/* Written by SOP Flow from the sop.webapp.* settings. */\n");
    if (!webapp.migrationBanner()) {
      css.append(".ce-eol-banner { display: none !important; }\n");
    }
    if (!webapp.logo().isBlank()) {
      // Camunda's own logo (an inline SVG) in the header and on the login page gives way to ours.
      String url = "url(\"" + webapp.logo().replace("\"", "%22") + "\") no-repeat center / contain";
      css.append(".brand-logo svg, .login-logo svg { display: none; }\n")
          .append(".brand-logo { display: inline-block; width: 28px; height: 28px; vertical-align: middle; background: ")
          .append(url).append("; }\n")
          .append(".login-logo { display: block; width: 96px; height: 96px; margin: 0 auto; background: ")
          .append(url).append("; }\n");
    }
    css.append(".sop-bahasa { position: fixed; right: 16px; bottom: 34px; z-index: 2000; font-size: 12px; }\n");
    // form-js writes its select placeholder "Select" in code, beyond the locale files
    css.append(".sop-bahasa-id .fjs-select-placeholder { font-size: 0; }\n")
        .append(".sop-bahasa-id .fjs-select-placeholder::before { content: \"Pilih\"; font-size: 14px; }\n");
    return css.toString();
  }

  private static String quoted(List<String> scripts) {
    return scripts.stream().map(script -> "'" + script + "'").collect(java.util.stream.Collectors.joining(", ", "[", "]"));
  }

  private static String toJson(ObjectMapper json, Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Tasklist's default keyboard shortcuts, which a replaced config.js would otherwise drop. */
  private static final String TASKLIST_SHORTCUTS = """
      {
          claimTask: {key: 'ctrl+alt+c', description: 'klaim tugas yang sedang dipilih'},
          focusFilter: {key: 'ctrl+shift+f', description: 'fokus ke filter pertama dalam daftar'},
          focusList: {key: 'ctrl+alt+l', description: 'fokus ke tugas pertama dalam daftar'},
          focusForm: {key: 'ctrl+alt+f', description: 'fokus ke isian pertama formulir tugas'},
          startProcess: {key: 'ctrl+alt+p', description: 'buka dialog mulai proses'}
        }""";
}

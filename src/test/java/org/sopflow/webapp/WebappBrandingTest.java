package org.sopflow.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class WebappBrandingTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static WebappBranding branding(String locale, String zone, boolean banner, String logo) {
    return new WebappBranding(new WebappProperties("Layanan SOP", "Diskominfo", locale, zone, banner, logo), JSON);
  }

  @Test
  void configNamesTheAppOneLocaleAndTheSharedScriptFirst() {
    String config = branding("id", "Asia/Jakarta", false, "").configJs("cockpit");
    assertThat(config).contains("\"name\":\"Layanan SOP\"", "\"offsetMinutes\":420", "\"zoneLabel\":\"WIB\"",
        "availableLocales: [locale]", "customScripts: ['../sop/webapp', 'sop/sop-plugins']");
    assertThat(branding("en", "Asia/Makassar", false, "").configJs("tasklist"))
        .contains("\"locale\":\"en\"", "\"offsetMinutes\":480", "\"zoneLabel\":\"WITA\"", "shortcuts:", "claimTask");
  }

  @Test
  void theMigrationBannerIsHiddenUnlessConfiguredAndTheLogoFillsItsSlot() {
    assertThat(branding("id", "Asia/Jakarta", false, "").userStylesCss()).contains(".ce-eol-banner { display: none")
        .doesNotContain(".brand-logo");
    assertThat(branding("id", "Asia/Jakarta", true, "/sop/logo.png").userStylesCss()).doesNotContain("ce-eol-banner")
        .contains(".brand-logo svg, .login-logo svg { display: none; }", "url(\"/sop/logo.png\")");
  }

  @Test
  void aWrongLocaleOrZoneIsRefusedNamingTheSetting() {
    assertThatThrownBy(() -> branding("jv", "Asia/Jakarta", false, ""))
        .hasMessageContaining("sop.webapp.locale").hasMessageContaining("jv");
    assertThatThrownBy(() -> branding("id", "Asia/Probolinggo", false, ""))
        .hasMessageContaining("sop.webapp.time-zone").hasMessageContaining("Asia/Probolinggo");
  }

  @Test
  void aKeyTheTranslationLacksStaysEnglish() throws Exception {
    var english = JSON.readTree("{\"labels\": {\"SAVE\": \"Save\", \"NEW_IN_7_25\": \"Something new\"}, \"week\": {\"dow\": 1}}");
    var indonesian = JSON.readTree("{\"labels\": {\"SAVE\": \"Simpan\", \"STALE\": \"Lama\"}}");
    assertThat(WebappLocales.overlay(english, indonesian).toString())
        .isEqualTo("{\"labels\":{\"SAVE\":\"Simpan\",\"NEW_IN_7_25\":\"Something new\"},\"week\":{\"dow\":1}}");
  }
}

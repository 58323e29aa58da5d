package org.sopflow.webapp;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Language, time zone and branding of Tasklist, Cockpit, Admin and the Welcome page ({@code sop.webapp.*}).
 *
 * @param name the application name in the webapps' header and page titles
 * @param vendor the organisation shown beside it
 * @param locale the language the webapps open in ({@code id} or {@code en}); a user may switch
 *     to the other one with the link in the page footer
 * @param timeZone the time zone every date and time in the webapps is shown in, whatever the
 *     browser's own; a fixed-offset zone (WIB, WITA, WIT have no daylight saving)
 * @param migrationBanner show Camunda's banner urging a migration to Camunda 8
 * @param logo URL of the city's logo, shown in place of Camunda's in the header and on the login page
 *     (e.g. {@code /sop/logo.png}, a file
 *     in {@code static/sop/}); none when empty
 */
@ConfigurationProperties("sop.webapp")
record WebappProperties(@DefaultValue("Layanan SOP \u2014 Diskominfo Kota Probolinggo") String name,
                               @DefaultValue("Diskominfo Kota Probolinggo") String vendor,
                               @DefaultValue("id") String locale,
                               @DefaultValue("Asia/Jakarta") String timeZone,
                               @DefaultValue("false") boolean migrationBanner,
                               @DefaultValue("") String logo) {
}

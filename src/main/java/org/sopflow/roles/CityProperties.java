package org.sopflow.roles;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The city's own role ({@code sop.city.*}): the Bagian Organisasi of the Sekretariat Daerah, which
 * guides and evaluates every perangkat daerah's SOPs.
 *
 * @param group the Camunda group whose members read every OPD's figures (the city view, each OPD's
 *     register and IKM) and no OPD's cases; made at start with Cockpit access
 * @param name the group's name as Admin shows it
 * @param refreshInterval how often a node looks for OPDs another node added while running
 *     ({@code POST /api/kota/opd}) and takes them up
 */
@ConfigurationProperties("sop.city")
public record CityProperties(@DefaultValue("bagian-organisasi") String group,
                             @DefaultValue("Bagian Organisasi Sekretariat Daerah") String name,
                             @DefaultValue("PT1M") java.time.Duration refreshInterval) {
}

package org.sopflow.tracking;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The citizen's side ({@code sop.citizen.*}): the tracking page and the receipt.
 *
 * @param baseUrl the public address the receipt prints and its QR code holds, e.g.
 *     {@code https://layanan.probolinggokota.go.id}; empty: the address the officer's request came to
 * @param lookupsPerMinute tracking lookups one client address may make a minute (then 429)
 * @param office the office named on the receipt when the request's OPD has no {@code opd.yaml} (a
 *     single-office install); an OPD's receipts name the OPD as its {@code opd.yaml} does
 * @param complaintChannels printed on the receipt, after the service's own (its Standar Pelayanan's
 *     penanganan-pengaduan, where published)
 */
@ConfigurationProperties("sop.citizen")
record CitizenProperties(@DefaultValue("") String baseUrl,
                         @DefaultValue("30") int lookupsPerMinute,
                         @DefaultValue("Dinas Komunikasi dan Informatika Kota Probolinggo") String office,
                         @DefaultValue({"SP4N-LAPOR!: www.lapor.go.id", "Ombudsman Republik Indonesia: www.ombudsman.go.id"})
                         List<String> complaintChannels) {

  CitizenProperties {
    if (lookupsPerMinute < 1) {
      throw new IllegalArgumentException("sop.citizen.lookups-per-minute must be at least 1");
    }
    if (!baseUrl.isEmpty() && !baseUrl.matches("https?://[^\\s]+")) {
      throw new IllegalArgumentException("sop.citizen.base-url '" + baseUrl + "' is not an http(s) address");
    }
    baseUrl = baseUrl.replaceAll("/+$", "");
    complaintChannels = List.copyOf(complaintChannels);
  }
}

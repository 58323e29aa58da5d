package org.sopflow.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.sopflow.followup.Indicators.Indicator;

/**
 * The effectiveness of a follow-up as the figures show it: its finding's figures in the source
 * period against those of the check period, and what they say together.
 *
 * @param ended whether the check period has ended (before that the figures are provisional)
 */
public record Effectiveness(FollowUp.Period period, boolean ended, List<Indicator> indicators) {

  /** The figures' verdict: every figure that can say better, any worse, or none that can say. */
  public String verdict() {
    List<Boolean> says = indicators.stream().map(Indicator::improved).filter(java.util.Objects::nonNull).toList();
    if (says.isEmpty()) {
      return "tidak dapat dinilai dari data";
    }
    return says.contains(Boolean.FALSE) ? "temuan berulang atau tidak membaik" : "temuan tidak berulang, membaik";
  }

  /** As the check step's form shows it. */
  public String asText(LocalDate today) {
    String lines = indicators.stream().map(indicator -> "- " + indicator.label() + ": " + indicator.before() + " → "
        + indicator.after()).collect(Collectors.joining("\n"));
    String head = "Periode pemeriksaan " + period.label() + (ended ? "" : " (belum berakhir pada "
        + today + ": angka sementara)") + ".";
    return head + "\n" + (lines.isEmpty() ? "Tidak ada angka untuk sumber temuan ini." : lines)
        + "\nKesimpulan data: " + verdict() + ".";
  }
}

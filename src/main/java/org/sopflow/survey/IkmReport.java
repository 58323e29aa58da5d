package org.sopflow.survey;

import java.time.Instant;
import java.util.List;

/**
 * The Indeks Kepuasan Masyarakat of a period (PermenPAN-RB 14/2017), per service and for the whole
 * office. Per unsur: NRR = sum of the values / respondents who answered it; NRR tertimbang = NRR × 1/9;
 * IKM = the sum of the nine NRR tertimbang; IKM unit = IKM × 25 (two decimals), judged by the
 * regulation's bands into mutu and kinerja.
 */
public record IkmReport(Instant from, Instant to, Score office, List<Service> services) {

  /** One unsur's figures. */
  public record UnsurScore(String unsur, String label, long respondents, long total, Double nrr, Double nrrTertimbang) {
  }

  /**
   * @param ikm null until every unsur has an answer
   * @param mutu A, B, C or D; {@code kinerja} Sangat Baik, Baik, Kurang Baik or Tidak Baik
   */
  public record Score(long respondents, List<UnsurScore> unsur, Double ikm, Double ikmUnit, String mutu, String kinerja) {

    /** Several units' scores as one: their respondents together (the city's IKM). */
    public static Score combined(List<Score> scores) {
      return IkmCalculation.combine(scores);
    }
  }

  /**
   * One service (a Standar Pelayanan, or an SOP answered without one).
   *
   * @param served its requests completed in the period (the population of the survey)
   * @param minimumSample the respondents the Krejcie-Morgan table asks for that population
   * @param lowestUnsur where to improve first (the lowest NRR); null without answers
   * @param onTimeRate share of its completed requests within their service deadline, beside the IKM
   */
  public record Service(String key, String nama, Score score, long served, long minimumSample, boolean sampleReached,
                        String lowestUnsur, Double onTimeRate) {
  }
}

package org.sopflow.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The regulation's arithmetic, on the 1-4 values of a set of questionnaires (0: not answered). */
final class IkmCalculation {

  private static final double WEIGHT = 1.0 / Unsur.values().length;

  private IkmCalculation() {
  }

  static IkmReport.Score score(List<int[]> questionnaires) {
    int count = Unsur.values().length;
    long[] respondents = new long[count];
    long[] totals = new long[count];
    for (int[] values : questionnaires) {
      for (int item = 0; item < count; item++) {
        if (values[item] > 0) {
          respondents[item]++;
          totals[item] += values[item];
        }
      }
    }
    return fromSums(questionnaires.size(), respondents, totals);
  }

  /**
   * The score of several units' respondents together (the city's): per unsur the values and
   * respondents added up, then the regulation's arithmetic, as if one survey had asked them all.
   */
  static IkmReport.Score combine(List<IkmReport.Score> scores) {
    int count = Unsur.values().length;
    long[] respondents = new long[count];
    long[] totals = new long[count];
    for (IkmReport.Score score : scores) {
      for (int item = 0; item < count; item++) {
        respondents[item] += score.unsur().get(item).respondents();
        totals[item] += score.unsur().get(item).total();
      }
    }
    return fromSums(scores.stream().mapToLong(IkmReport.Score::respondents).sum(), respondents, totals);
  }

  /** Per unsur the NRR (values / respondents who answered it), weighted, summed to the IKM. */
  private static IkmReport.Score fromSums(long questionnaires, long[] respondents, long[] totals) {
    List<IkmReport.UnsurScore> unsur = new ArrayList<>();
    double ikm = 0;
    boolean complete = true;
    for (Unsur item : Unsur.values()) {
      long answered = respondents[item.ordinal()];
      Double nrr = answered == 0 ? null : (double) totals[item.ordinal()] / answered;
      unsur.add(new IkmReport.UnsurScore(item.name(), item.label(), answered, totals[item.ordinal()], nrr,
          nrr == null ? null : nrr * WEIGHT));
      complete &= nrr != null;
      ikm += nrr == null ? 0 : nrr * WEIGHT;
    }
    if (!complete) {
      return new IkmReport.Score(questionnaires, unsur, null, null, null, null);
    }
    double unit = BigDecimal.valueOf(ikm * 25).setScale(2, RoundingMode.HALF_UP).doubleValue();
    return new IkmReport.Score(questionnaires, unsur, ikm, unit, mutu(unit), kinerja(unit));
  }

  /** The bands of IKM unit: A 88.31-100, B 76.61-88.30, C 65.00-76.60, D 25.00-64.99. */
  static String mutu(double ikmUnit) {
    return ikmUnit >= 88.31 ? "A" : ikmUnit >= 76.61 ? "B" : ikmUnit >= 65.00 ? "C" : "D";
  }

  static String kinerja(double ikmUnit) {
    return switch (mutu(ikmUnit)) {
      case "A" -> "Sangat Baik";
      case "B" -> "Baik";
      case "C" -> "Kurang Baik";
      default -> "Tidak Baik";
    };
  }

  /** The unsur with the lowest NRR, where to improve first. */
  static String lowest(IkmReport.Score score) {
    return score.unsur().stream().filter(unsur -> unsur.nrr() != null).min(Comparator.comparing(IkmReport.UnsurScore::nrr))
        .map(IkmReport.UnsurScore::label).orElse(null);
  }

  /**
   * The sample the Krejcie-Morgan table gives for a population (the table the regulation uses):
   * s = X²NP(1-P) / (d²(N-1) + X²P(1-P)) with X² = 3.841, P = 0.5, d = 0.05, rounded as the table is.
   */
  static long krejcieMorgan(long population) {
    if (population <= 0) {
      return 0;
    }
    double chiSquare = 3.841;
    double p = 0.5;
    double d = 0.05;
    double sample = chiSquare * population * p * (1 - p) / (d * d * (population - 1) + chiSquare * p * (1 - p));
    return Math.round(sample);
  }
}

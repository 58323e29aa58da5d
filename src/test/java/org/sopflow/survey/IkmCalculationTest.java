package org.sopflow.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The regulation's arithmetic on hand-counted questionnaires, its conversion table and the Krejcie-Morgan table. */
class IkmCalculationTest {

  /** One respondent answering 4 on seven unsur and 3 on two: NRR tertimbang sums to 34/9, × 25 = 94.44. */
  static final int[] PPID = {4, 4, 4, 4, 4, 4, 4, 3, 3};
  static final int[] THIRTY_ONE = {4, 4, 4, 4, 3, 3, 3, 3, 3};
  static final int[] THIRTY_TWO = {4, 4, 4, 4, 4, 3, 3, 3, 3};
  static final int[] THIRTY = {4, 4, 4, 3, 3, 3, 3, 3, 3};

  @Test
  void eachUnsursNrrIsItsMeanAndTheIkmUnitIsTheirWeightedSumTimes25() {
    IkmReport.Score score = IkmCalculation.score(List.of(PPID));

    assertThat(score.unsur().get(0).nrr()).isEqualTo(4.0);
    assertThat(score.unsur().get(0).nrrTertimbang()).isEqualTo(4.0 / 9);
    assertThat(score.ikm()).isCloseTo(34.0 / 9, offset(1e-12));
    assertThat(score.ikmUnit()).isEqualTo(94.44);
    assertThat(score.mutu()).isEqualTo("A");
    assertThat(score.kinerja()).isEqualTo("Sangat Baik");
  }

  @Test
  void theSeedsSemesterFiguresComeOutExactly() {
    List<int[]> siaranKeliling = new ArrayList<>(Collections.nCopies(4, THIRTY_ONE));
    siaranKeliling.add(THIRTY_TWO);
    List<int[]> office = new ArrayList<>(siaranKeliling);
    office.add(PPID);
    office.addAll(Collections.nCopies(15, THIRTY_ONE));
    office.addAll(Collections.nCopies(10, THIRTY));

    assertThat(IkmCalculation.score(siaranKeliling).ikmUnit()).isEqualTo(86.67);
    assertThat(IkmCalculation.score(siaranKeliling).mutu()).isEqualTo("B");
    assertThat(IkmCalculation.score(office).ikmUnit()).isEqualTo(85.57);
    assertThat(IkmCalculation.score(office).kinerja()).isEqualTo("Baik");
  }

  @Test
  void anUnsurLeftBlankOnPaperCountsOnlyItsRespondentsAndNoIkmWithoutEveryUnsur() {
    int[] partial = {3, 3, 3, 3, 3, 3, 3, 3, 0};
    IkmReport.Score score = IkmCalculation.score(List.of(PPID, partial));
    assertThat(score.unsur().get(8).respondents()).isEqualTo(1);
    assertThat(score.unsur().get(8).nrr()).isEqualTo(3.0);
    assertThat(score.unsur().get(0).nrr()).isEqualTo(3.5);
    assertThat(IkmCalculation.score(List.<int[]>of(partial)).ikmUnit()).isNull();
  }

  @Test
  void theBandsOfTheRegulation() {
    assertThat(List.of(100.0, 88.31, 88.30, 76.61, 76.60, 65.00, 64.99, 25.0)).extracting(IkmCalculation::mutu)
        .containsExactly("A", "A", "B", "B", "C", "C", "D", "D");
  }

  /**
   * The regulation's own worked numbers: its table of Nilai Persepsi, Nilai Interval (NI, the weighted
   * sum on the 1-4 scale), Nilai Interval Konversi (NIK = NI x 25), mutu and kinerja. Questionnaires whose
   * NI is exactly each printed bound must come out at the printed NIK bound, in the printed band.
   */
  @Test
  void theRegulationsConversionTableRowByRow() {
    Object[][] table = {
        {"1.00", 25.00, "D", "Tidak Baik"}, {"2.5996", 64.99, "D", "Tidak Baik"},
        {"2.60", 65.00, "C", "Kurang Baik"}, {"3.064", 76.60, "C", "Kurang Baik"},
        {"3.0644", 76.61, "B", "Baik"}, {"3.532", 88.30, "B", "Baik"},
        {"3.5324", 88.31, "A", "Sangat Baik"}, {"4.00", 100.00, "A", "Sangat Baik"}};
    for (Object[] row : table) {
      IkmReport.Score score = IkmCalculation.score(questionnairesWithNilaiInterval(new BigDecimal((String) row[0])));
      assertThat(score.ikm()).as("NI %s", row[0]).isCloseTo(Double.parseDouble((String) row[0]), offset(1e-9));
      assertThat(score.ikmUnit()).as("NIK of NI %s", row[0]).isEqualTo((Double) row[1]);
      assertThat(score.mutu()).as("mutu of NI %s", row[0]).isEqualTo(row[2]);
      assertThat(score.kinerja()).as("kinerja of NI %s", row[0]).isEqualTo(row[3]);
    }
  }

  /** 2,500 complete questionnaires whose values (1-4) sum to NI x 9 x 2,500, so their NI is exact. */
  private static List<int[]> questionnairesWithNilaiInterval(BigDecimal nilaiInterval) {
    int respondents = 2500;
    int values = respondents * Unsur.values().length;
    int total = nilaiInterval.multiply(BigDecimal.valueOf(values)).intValueExact();
    List<int[]> questionnaires = new ArrayList<>();
    for (int respondent = 0; respondent < respondents; respondent++) {
      int[] answers = new int[Unsur.values().length];
      for (int unsur = 0; unsur < answers.length; unsur++) {
        int index = respondent * answers.length + unsur;
        answers[unsur] = total / values + (index < total % values ? 1 : 0);
      }
      questionnaires.add(answers);
    }
    return questionnaires;
  }

  @Test
  void theKrejcieMorganTable() {
    long[][] table = {{10, 10}, {50, 44}, {100, 80}, {200, 132}, {300, 169}, {500, 217}, {1000, 278}, {5000, 357},
        {10000, 370}, {75000, 382}, {1000000, 384}};
    for (long[] row : table) {
      assertThat(IkmCalculation.krejcieMorgan(row[0])).as("N = %d", row[0]).isEqualTo(row[1]);
    }
    assertThat(IkmCalculation.krejcieMorgan(0)).isZero();
  }
}

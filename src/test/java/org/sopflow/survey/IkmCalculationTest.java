package org.sopflow.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The regulation's arithmetic on hand-counted questionnaires, and the Krejcie-Morgan table. */
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
    assertThat(score.ikm()).isCloseTo(34.0 / 9, org.assertj.core.data.Offset.offset(1e-12));
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

package org.sopflow.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrendChartTest {

  record Month(String month, long completed, Double onTimeRate, Double medianOfStandard) implements TrendChart.Month {
  }

  @Test
  void barsShowTheShareOnTimeAndTheLineBreaksAtAMonthWithoutSteps() {
    String svg = TrendChart.svg("Tren <A>", List.of(new Month("2026-09", 4, 0.5, 1.0),
        new Month("2026-10", 0, null, null), new Month("2026-11", 2, 1.0, 3.0), new Month("2026-12", 1, 0.0, 0.5)));

    assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sop-trend\"")
        .contains("<title>Tren &lt;A&gt;</title>")
        // half of the 140-point plot, in the first of four 118-point columns
        .contains("<rect class=\"tepat-waktu\" data-month=\"2026-09\" x=\"67.6\" y=\"98.0\" width=\"70.8\" height=\"70.0\"")
        .contains("2026-09: 50 % dari 4 langkah tepat waktu", "Sep 26", "Okt 26", "Nov 26", "Des 26")
        .doesNotContain("data-month=\"2026-10\"")
        // the median at the standard sits on the dashed line; above twice the standard it is cut at the top
        .contains("<path d=\"M103.0 98.0 M339.0 28.0 L457.0 133.0\"")
        .endsWith("</svg>");
    assertThat(svg.split("<rect class=\"tepat-waktu\"")).hasSize(4);
  }
}

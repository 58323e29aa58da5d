package org.sopflow.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sopflow.print.Templates;

/**
 * The nine unsur of one IKM score as an SVG bar chart drawn by the server (Cockpit shows it; template
 * {@code survey/unsur-chart}): the NRR of each unsur on the 1-4 scale, with the regulation's line
 * between mutu B and A (3.5324). This class computes the geometry; the template holds the markup.
 */
final class UnsurChart {

  private static final int PLOT_LEFT = 36;
  private static final double BAR_STEP = (560 - PLOT_LEFT - 8) / 9.0;
  private static final int PLOT_BOTTOM = 188;
  private static final int PLOT_HEIGHT = 160;
  private static final double TOP_VALUE = 4.0;

  private UnsurChart() {
  }

  static String svg(String title, IkmReport.Score score) {
    List<Tick> ticks = new ArrayList<>();
    for (int tick = 0; tick <= 4; tick++) {
      double y = y(tick);
      ticks.add(new Tick(number(y), number(y + 3), tick));
    }
    List<Bar> bars = score.unsur().stream().map(UnsurChart::bar).toList();
    return Templates.page("survey/unsur-chart", new Chart(title, ticks, bars));
  }

  private static Bar bar(IkmReport.UnsurScore unsur) {
    int number = Unsur.valueOf(unsur.unsur()).number();
    double x = PLOT_LEFT + (number - 1) * BAR_STEP;
    Double nrr = unsur.nrr();
    return new Bar(unsur.unsur(), unsur.label(), number, number(x + BAR_STEP / 2), number(x + BAR_STEP * 0.2),
        nrr == null ? null : number(y(nrr)), number(BAR_STEP * 0.6), nrr == null ? null : number(PLOT_BOTTOM - y(nrr)),
        nrr == null ? null : number(y(nrr) - 3), nrr == null ? null : String.format(Locale.ROOT, "%.2f", nrr));
  }

  private static double y(double value) {
    return PLOT_BOTTOM - value / TOP_VALUE * PLOT_HEIGHT;
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  private record Chart(String title, List<Tick> ticks, List<Bar> bars) {
  }

  private record Tick(String y, String labelY, int value) {
  }

  /** One unsur's bar; {@code nrr} (two decimals) and the bar's geometry null without answers. */
  private record Bar(String unsur, String label, int number, String middle, String x, String y, String width,
                     String height, String valueY, String nrr) {
  }
}

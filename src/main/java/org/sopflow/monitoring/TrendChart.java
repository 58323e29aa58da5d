package org.sopflow.monitoring;

import java.util.List;
import java.util.Locale;
import org.sopflow.monitoring.TimingFigures.MonthTrend;

/**
 * An SOP's monthly trend as a static SVG chart, drawn by the server so that Cockpit, the register's
 * HTML and its PDF show the same picture and no browser loads a chart library from elsewhere:
 * bars for the share of steps on time (left axis, 0-100 %), a line for the median step time against
 * its standard (right axis, 0-200 %; above the dashed 100 % line the typical step is late).
 */
public final class TrendChart {

  private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"};
  private static final int WIDTH = 560;
  private static final int HEIGHT = 230;
  private static final int LEFT = 44;
  private static final int RIGHT = 44;
  private static final int TOP = 28;
  private static final int PLOT_HEIGHT = 140;
  private static final double RATIO_TOP = 2.0;

  private TrendChart() {
  }

  /** The chart as a standalone SVG element (namespaced, so it is also valid inside XHTML). */
  public static String svg(String title, List<MonthTrend> months) {
    StringBuilder svg = new StringBuilder()
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sop-trend\" width=\"").append(WIDTH)
        .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
        .append("\" role=\"img\" font-family=\"sans-serif\" font-size=\"10\">")
        .append("<title>").append(escape(title)).append("</title>")
        .append(text(LEFT, 14, "start", "bold", title));
    axes(svg);
    double step = (double) (WIDTH - LEFT - RIGHT) / Math.max(months.size(), 1);
    StringBuilder line = new StringBuilder();
    boolean gap = true; // a month without steps breaks the line rather than bridging it
    for (int i = 0; i < months.size(); i++) {
      MonthTrend month = months.get(i);
      double x = LEFT + i * step;
      if (month.onTimeRate() != null) {
        double height = month.onTimeRate() * PLOT_HEIGHT;
        svg.append("<rect class=\"tepat-waktu\" data-month=\"").append(month.month()).append("\" x=\"")
            .append(number(x + step * 0.2)).append("\" y=\"").append(number(TOP + PLOT_HEIGHT - height))
            .append("\" width=\"").append(number(step * 0.6)).append("\" height=\"").append(number(height))
            .append("\" fill=\"#74c69d\"><title>").append(month.month()).append(": ")
            .append(Math.round(month.onTimeRate() * 100)).append(" % dari ").append(month.completed())
            .append(" langkah tepat waktu</title></rect>");
      }
      if (month.medianOfStandard() != null) {
        double y = TOP + PLOT_HEIGHT - Math.min(month.medianOfStandard(), RATIO_TOP) / RATIO_TOP * PLOT_HEIGHT;
        line.append(gap ? " M" : " L").append(number(x + step / 2)).append(' ').append(number(y));
        gap = false;
        svg.append("<circle class=\"median\" data-month=\"").append(month.month()).append("\" cx=\"")
            .append(number(x + step / 2)).append("\" cy=\"").append(number(y)).append("\" r=\"3\" fill=\"#9b2226\"/>");
      } else {
        gap = true;
      }
      svg.append(text(x + step / 2, TOP + PLOT_HEIGHT + 14, "middle", null, label(month.month())));
    }
    if (!line.isEmpty()) {
      svg.append("<path d=\"").append(line.toString().trim()).append("\" fill=\"none\" stroke=\"#9b2226\" stroke-width=\"2\"/>");
    }
    legend(svg);
    return svg.append("</svg>").toString();
  }

  private static void axes(StringBuilder svg) {
    int bottom = TOP + PLOT_HEIGHT;
    for (int tick = 0; tick <= 4; tick++) {
      double y = bottom - tick * PLOT_HEIGHT / 4.0;
      svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(number(y)).append("\" x2=\"")
          .append(WIDTH - RIGHT).append("\" y2=\"").append(number(y)).append("\" stroke=\"#ddd\"/>")
          .append(text(LEFT - 4, y + 3, "end", null, tick * 25 + " %"))
          .append(text(WIDTH - RIGHT + 4, y + 3, "start", null, tick * 50 + " %"));
    }
    double standard = bottom - PLOT_HEIGHT / RATIO_TOP;
    svg.append("<line class=\"standar\" x1=\"").append(LEFT).append("\" y1=\"").append(number(standard))
        .append("\" x2=\"").append(WIDTH - RIGHT).append("\" y2=\"").append(number(standard))
        .append("\" stroke=\"#9b2226\" stroke-dasharray=\"4 3\"/>");
  }

  private static void legend(StringBuilder svg) {
    int y = HEIGHT - 14;
    svg.append("<rect x=\"").append(LEFT).append("\" y=\"").append(y - 8).append("\" width=\"10\" height=\"10\" fill=\"#74c69d\"/>")
        .append(text(LEFT + 14, y + 1, "start", null, "Langkah tepat waktu (sumbu kiri)"))
        .append("<line x1=\"").append(LEFT + 210).append("\" y1=\"").append(y - 3).append("\" x2=\"").append(LEFT + 226)
        .append("\" y2=\"").append(y - 3).append("\" stroke=\"#9b2226\" stroke-width=\"2\"/>")
        .append(text(LEFT + 230, y + 1, "start", null, "Median waktu langkah / standar (sumbu kanan)"));
  }

  /** {@code 2026-11} as {@code Nov 26}. */
  private static String label(String month) {
    return MONTHS[Integer.parseInt(month.substring(5, 7)) - 1] + " " + month.substring(2, 4);
  }

  private static String text(double x, double y, String anchor, String weight, String content) {
    return "<text x=\"" + number(x) + "\" y=\"" + number(y) + "\" text-anchor=\"" + anchor + "\""
        + (weight == null ? "" : " font-weight=\"" + weight + "\"") + " fill=\"#222\">" + escape(content) + "</text>";
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}

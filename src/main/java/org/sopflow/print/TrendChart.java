package org.sopflow.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An SOP's monthly trend as a static SVG chart (template {@code print/trend-chart}), drawn by the server
 * so that Cockpit, the register's HTML and its PDF show the same picture and no browser loads a chart
 * library from elsewhere: bars for the share of steps on time (left axis, 0-100 %), a line for the
 * median step time against its standard (right axis, 0-200 %; above the dashed 100 % line the typical
 * step is late). This class computes the geometry; the template holds the markup.
 */
public final class TrendChart {

  private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"};
  private static final int PLOT_LEFT = 44;
  private static final int PLOT_WIDTH = 472;
  private static final int PLOT_TOP = 28;
  private static final int PLOT_HEIGHT = 140;
  private static final double RATIO_TOP = 2.0;

  /** One month of the trend, as the monitoring module measures it. */
  public interface Month {

    /** {@code 2026-11}. */
    String month();

    long completed();

    /** Null in a month without completed steps. */
    Double onTimeRate();

    /** The median step time as a share of its standard; null in a month without timed steps. */
    Double medianOfStandard();
  }

  private TrendChart() {
  }

  /** The chart as a standalone SVG element (namespaced, so it is also valid inside XHTML). */
  public static String svg(String title, List<? extends Month> months) {
    double step = (double) PLOT_WIDTH / Math.max(months.size(), 1);
    List<Column> columns = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    boolean gap = true; // a month without steps breaks the line rather than bridging it
    for (int i = 0; i < months.size(); i++) {
      Month month = months.get(i);
      double middle = PLOT_LEFT + i * step + step / 2;
      Point median = null;
      if (month.medianOfStandard() != null) {
        median = new Point(number(middle), number(y(Math.min(month.medianOfStandard(), RATIO_TOP) / RATIO_TOP)));
        line.append(gap ? " M" : " L").append(median.x()).append(' ').append(median.y());
      }
      gap = median == null;
      columns.add(new Column(month.month(), label(month.month()), number(middle), bar(month, middle, step), median));
    }
    return Templates.page("print/trend-chart", new Chart(title, ticks(), columns, line.toString().trim()));
  }

  private static Bar bar(Month month, double middle, double step) {
    if (month.onTimeRate() == null) {
      return null;
    }
    double height = month.onTimeRate() * PLOT_HEIGHT;
    return new Bar(number(middle - step * 0.3), number(y(month.onTimeRate())), number(step * 0.6), number(height),
        Math.round(month.onTimeRate() * 100), month.completed());
  }

  private static List<Tick> ticks() {
    List<Tick> ticks = new ArrayList<>();
    for (int tick = 0; tick <= 4; tick++) {
      double y = y(tick / 4.0);
      ticks.add(new Tick(number(y), number(y + 3), tick * 25, tick * 50));
    }
    return ticks;
  }

  /** The height {@code share} of the plot (0 at the bottom, 1 at the top). */
  private static double y(double share) {
    return PLOT_TOP + PLOT_HEIGHT - share * PLOT_HEIGHT;
  }

  /** {@code 2026-11} as {@code Nov 26}. */
  private static String label(String month) {
    return MONTHS[Integer.parseInt(month.substring(5, 7)) - 1] + " " + month.substring(2, 4);
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  private record Chart(String title, List<Tick> ticks, List<Column> months, String line) {
  }

  /** A horizontal grid line with its two axis labels (per cent). */
  private record Tick(String y, String labelY, int left, int right) {
  }

  private record Column(String month, String label, String labelX, Bar bar, Point median) {
  }

  private record Bar(String x, String y, String width, String height, long percent, long completed) {
  }

  private record Point(String x, String y) {
  }
}

package org.sopflow.survey;

import static org.sopflow.documents.SopDocumentPdf.escape;

import java.util.Locale;

/**
 * The nine unsur of one IKM score as an SVG bar chart drawn by the server (Cockpit shows it): the NRR
 * of each unsur on the 1-4 scale, with the regulation's line between mutu B and A (3.5324).
 */
final class UnsurChart {

  private static final int WIDTH = 560;
  private static final int HEIGHT = 250;
  private static final int LEFT = 36;
  private static final int TOP = 28;
  private static final int PLOT = 160;
  private static final double TOP_VALUE = 4.0;
  private static final double MUTU_A = 3.5324;

  private UnsurChart() {
  }

  static String svg(String title, IkmReport.Score score) {
    StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sop-unsur\" width=\"")
        .append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
        .append(HEIGHT).append("\" role=\"img\" font-family=\"sans-serif\" font-size=\"10\"><title>").append(escape(title))
        .append("</title>").append(text(LEFT, 14, "start", escape(title), " font-weight=\"bold\""));
    int bottom = TOP + PLOT;
    for (int tick = 0; tick <= 4; tick++) {
      double y = bottom - tick * PLOT / TOP_VALUE;
      svg.append(line(LEFT, y, WIDTH - 8, y, "#ddd", "")).append(text(LEFT - 4, y + 3, "end", String.valueOf(tick), ""));
    }
    double lineA = bottom - MUTU_A / TOP_VALUE * PLOT;
    svg.append(line(LEFT, lineA, WIDTH - 8, lineA, "#1d6b3a", " stroke-dasharray=\"4 3\""))
        .append(text(WIDTH - 8, lineA - 3, "end", "mutu A (3,5324)", ""));
    double step = (WIDTH - LEFT - 8) / 9.0;
    for (IkmReport.UnsurScore unsur : score.unsur()) {
      int index = Unsur.valueOf(unsur.unsur()).ordinal();
      double x = LEFT + index * step;
      if (unsur.nrr() != null) {
        double height = unsur.nrr() / TOP_VALUE * PLOT;
        svg.append("<rect class=\"nrr\" data-unsur=\"").append(unsur.unsur()).append("\" x=\"").append(number(x + step * 0.2))
            .append("\" y=\"").append(number(bottom - height)).append("\" width=\"").append(number(step * 0.6))
            .append("\" height=\"").append(number(height)).append("\" fill=\"#0b5cad\"><title>").append(escape(unsur.label()))
            .append(": ").append(String.format(Locale.ROOT, "%.2f", unsur.nrr())).append("</title></rect>")
            .append(text(x + step / 2, bottom - height - 3, "middle", String.format(Locale.ROOT, "%.2f", unsur.nrr()), ""));
      }
      svg.append(text(x + step / 2, bottom + 14, "middle", "U" + (index + 1), ""));
    }
    return svg.append(text(LEFT, HEIGHT - 12, "start", "U1 Persyaratan · U2 Prosedur · U3 Waktu · U4 Biaya · U5 Produk ·"
        + " U6 Kompetensi · U7 Perilaku · U8 Pengaduan · U9 Sarana", "")).append("</svg>").toString();
  }

  private static String line(double x1, double y1, double x2, double y2, String colour, String extra) {
    return "<line x1=\"" + number(x1) + "\" y1=\"" + number(y1) + "\" x2=\"" + number(x2) + "\" y2=\"" + number(y2)
        + "\" stroke=\"" + colour + "\"" + extra + "/>";
  }

  private static String text(double x, double y, String anchor, String content, String extra) {
    return "<text x=\"" + number(x) + "\" y=\"" + number(y) + "\" text-anchor=\"" + anchor + "\"" + extra
        + " fill=\"#222\">" + content + "</text>";
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}

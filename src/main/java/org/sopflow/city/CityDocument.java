package org.sopflow.city;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.sopflow.city.CityView.Figures;
import org.sopflow.print.ReportHead;
import org.sopflow.print.Templates;

/** The city view as a printable page: one row per OPD, sortable by its column headings, and the city's. */
final class CityDocument {

  private static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

  private CityDocument() {
  }

  static String render(CityView view, String urut) {
    ReportHead head = ReportHead.of("SOP Perangkat Daerah", "PENERAPAN SOP DAN KEPUASAN MASYARAKAT PERANGKAT DAERAH",
        view.dari().atStartOfDay(ZONE).toInstant(), view.sampai().plusDays(1).atStartOfDay(ZONE).toInstant(), ZONE)
        .of("Kota Probolinggo");
    String period = "dari=" + view.dari() + "&sampai=" + view.sampai();
    return Templates.page("city/city", new Page(head, view.opd().stream().map(Row::of).toList(), Row.of(view.kota()),
        List.of(sort("nama", "Perangkat daerah", urut, period), sort("sop", "SOP", urut, period),
            sort("tanpaSop", "Layanan tanpa SOP", urut, period), sort("temuan", "Temuan", urut, period),
            sort("tepatWaktu", "Langkah tepat waktu", urut, period), sort("ikm", "IKM", urut, period))));
  }

  /** A column heading: a link sorting by it, the other way round when it is the current order. */
  private static Column sort(String column, String label, String urut, String period) {
    String next = column.equals(urut) ? "-" + column : column;
    return new Column(label, "?" + period + "&urut=" + next, column.equals(urut) ? " \u25B2"
        : ("-" + column).equals(urut) ? " \u25BC" : "");
  }

  private record Page(ReportHead head, List<Row> rows, Row total, List<Column> columns) {
  }

  private record Column(String label, String href, String arrow) {
  }

  private record Row(String id, String nama, Figures figures, String tepatWaktu, String ikm) {

    static Row of(Figures figures) {
      return new Row(figures.id(), figures.nama(), figures,
          figures.tepatWaktu() == null ? "–" : String.format(Locale.forLanguageTag("id-ID"), "%.1f%%",
              figures.tepatWaktu() * 100),
          figures.ikm() == null ? "–" : String.format(Locale.forLanguageTag("id-ID"), "%.2f (%s)", figures.ikm(),
              figures.mutu()));
    }
  }
}

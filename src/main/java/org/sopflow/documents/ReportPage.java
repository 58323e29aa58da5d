package org.sopflow.documents;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What the managers' printable reports share: their XHTML head, the heading and the period in Indonesian dates. */
public final class ReportPage {

  /** {@code 1 Juni 2026}. */
  public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id-ID"));

  /** What every report's page shares: A4 landscape, the centred heading and period, full-width tables. */
  private static final String STYLE = """
      @page { size: A4 landscape; margin: 15mm 12mm; }
      h1 { font-size: 13pt; text-align: center; margin: 0 0 2mm 0; }
      p.periode { text-align: center; margin: 0 0 3mm 0; }
      table { width: 100%; border-collapse: collapse; -fs-table-paginate: paginate; }
      th { background: #e6e6e6; }
      """;

  private ReportPage() {
  }

  /**
   * The head of a report: title, the shared style then the report's own, heading and the period
   * ({@code to} exclusive); the body is left open.
   */
  public static StringBuilder opening(String title, String heading, String style, Instant from, Instant to, ZoneId zone) {
    return new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n")
        .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"id\"><head><meta charset=\"UTF-8\"/>")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
        .append("<title>").append(title).append("</title><style>").append(STYLE).append(style).append("</style></head><body>")
        .append("<h1>").append(heading).append("</h1><p class=\"periode\">Periode ")
        .append(DATE.format(from.atZone(zone))).append(" sampai ").append(DATE.format(to.minusSeconds(1).atZone(zone)))
        .append("</p>");
  }
}

package org.sopflow.documents;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.sopflow.calendar.CalendarKind;
import org.sopflow.model.SopDefinition;
import org.sopflow.model.SopLane;
import org.sopflow.model.SopProperty;
import org.sopflow.model.SopReader;
import org.sopflow.model.SopStep;

/**
 * The official SOP document (Permenpan RB 35/2012) of one SOP version as XHTML: the identity page
 * from the process's {@code sop.*} properties, and the flowchart table with one row per activity in
 * flow order, its symbol in its role's column, and its mutu baku. Well-formed XHTML, so the same
 * markup can be printed to PDF.
 */
final class SopDocument {

  /** The identity rows in the order of the Permenpan form, with their labels. */
  private static final Map<String, String> IDENTITY = identityLabels();

  private static final DateTimeFormatter INDONESIAN_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id-ID"));

  private SopDocument() {
  }

  /** @param services the names of the Standar Pelayanan the SOP carries out */
  static String render(SopDefinition sop, int version, BpmnModelInstance model, List<String> services) {
    Process process = model.getModelElementById(sop.key());
    List<FlowchartRows.Row> rows = FlowchartRows.of(SopReader.of(process));
    StringBuilder html = new StringBuilder();
    html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n")
        .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"id\"><head><meta charset=\"UTF-8\"/>")
        .append("<title>SOP ").append(escape(sop.name())).append("</title><style>").append(STYLE)
        .append("</style></head><body>");
    identity(html, sop, version, unit(model), services);
    flowchart(html, sop, rows);
    sources(html, sop, rows);
    return html.append("</body></html>").toString();
  }

  private static void identity(StringBuilder html, SopDefinition sop, int version, String unit, List<String> services) {
    html.append("<section class=\"identitas\"><table class=\"identitas\"><tbody>")
        .append("<tr><td class=\"logo\" rowspan=\"3\"><div class=\"slot-logo\">LOGO</div></td>")
        .append("<td class=\"unit\" rowspan=\"3\">").append(escape(unit)).append("</td>")
        .append(field("nomor", "Nomor SOP", sop.identity(SopProperty.NOMOR))).append("</tr>")
        .append("<tr>").append(field("tanggal-pembuatan", "Tanggal Pembuatan", date(sop, SopProperty.TANGGAL_PEMBUATAN)))
        .append("</tr><tr>").append(field("tanggal-revisi", "Tanggal Revisi", date(sop, SopProperty.TANGGAL_REVISI)))
        .append("</tr><tr><td colspan=\"2\" rowspan=\"2\" class=\"judul\">STANDAR OPERASIONAL PROSEDUR</td>")
        .append(field("tanggal-efektif", "Tanggal Efektif", date(sop, SopProperty.TANGGAL_EFEKTIF))).append("</tr>")
        .append("<tr><td class=\"label\">Disahkan oleh</td><td class=\"nilai\" data-field=\"disahkan-oleh\">")
        .append(escape(sop.identity(SopProperty.DISAHKAN_OLEH)))
        .append("<div class=\"slot-ttd\"></div><div class=\"nip\">NIP. ..............................</div></td></tr>")
        .append("<tr><td colspan=\"2\"></td>").append(field("nama", "Nama SOP", sop.name())).append("</tr>")
        .append("<tr><td colspan=\"2\"></td>").append(field("bidang", "Bidang", sop.identity(SopProperty.BIDANG)))
        .append("</tr><tr><td colspan=\"2\"></td>").append(field("standar-pelayanan", "Standar Pelayanan",
            services.isEmpty() ? null : String.join("; ", services))).append("</tr>")
        .append("<tr><td colspan=\"2\"></td>").append(field("versi", "Versi model", String.valueOf(version)))
        .append("</tr></tbody></table><table class=\"identitas-rinci\"><tbody>");
    List<String> names = List.copyOf(IDENTITY.keySet());
    for (int i = 0; i < names.size(); i += 2) {
      html.append("<tr>").append(detail(sop, names.get(i)));
      html.append(i + 1 < names.size() ? detail(sop, names.get(i + 1)) : "<td></td>").append("</tr>");
    }
    html.append("</tbody></table></section>");
  }

  /** A date of the identity as an officer writes it, "5 Januari 2026"; other text as it is. */
  static String date(SopDefinition sop, SopProperty property) {
    String value = sop.identity(property);
    try {
      return value == null ? null : INDONESIAN_DATE.format(LocalDate.parse(value));
    } catch (DateTimeParseException e) {
      return value;
    }
  }

  private static String detail(SopDefinition sop, String name) {
    return "<td class=\"rinci\" data-field=\"" + name + "\"><div class=\"label\">" + escape(IDENTITY.get(name))
        + ":</div><div>" + escape(sop.identity().getOrDefault(name, "-")) + "</div></td>";
  }

  private static String field(String name, String label, String value) {
    return "<td class=\"label\">" + escape(label) + "</td><td class=\"nilai\" data-field=\"" + name + "\">"
        + escape(value == null ? "-" : value) + "</td>";
  }

  private static void flowchart(StringBuilder html, SopDefinition sop, List<FlowchartRows.Row> rows) {
    List<SopLane> lanes = sop.lanes();
    html.append("<section class=\"diagram\"><table class=\"diagram\"><thead><tr>")
        .append("<th rowspan=\"2\">No</th><th rowspan=\"2\">Kegiatan</th><th colspan=\"").append(lanes.size())
        .append("\">Pelaksana</th><th colspan=\"3\">Mutu Baku</th><th rowspan=\"2\">Keterangan</th></tr><tr>");
    lanes.forEach(lane -> html.append("<th class=\"pelaksana\" data-lane=\"").append(escape(lane.id())).append("\">")
        .append(escape(lane.name())).append("</th>"));
    html.append("<th>Kelengkapan</th><th>Waktu</th><th>Output</th></tr></thead><tbody>");
    List<String> laneIds = lanes.stream().map(SopLane::id).toList();
    List<FlowchartLines.RowLines> lines = FlowchartLines.of(rows,
        rows.stream().map(row -> laneIds.indexOf(row.laneId())).toList(), lanes.size());
    for (int i = 0; i < rows.size(); i++) {
      FlowchartRows.Row row = rows.get(i);
      FlowchartLines.RowLines rowLines = lines.get(i);
      SopStep step = sop.step(row.id()).orElse(null);
      html.append("<tr class=\"kegiatan").append(rowLines.pageStart() ? " halaman-baru" : "")
          .append("\" data-activity=\"").append(escape(row.id())).append("\"><td>")
          .append(row.number()).append("</td><td>").append(escape(row.name())).append("</td>");
      for (int column = 0; column < lanes.size(); column++) {
        pelaksana(html, lanes.get(column), rowLines.cells().get(column), lanes.get(column).id().equals(row.laneId())
            ? row : null, rowLines);
      }
      html.append("<td>").append(escape(step == null ? "" : step.kelengkapan())).append("</td><td>")
          .append(escape(step == null ? "" : waktu(step, sop))).append("</td><td>")
          .append(escape(step == null ? "" : step.output())).append("</td><td>")
          .append(escape(step == null ? "" : step.keterangan())).append("</td></tr>");
    }
    html.append("</tbody></table></section>");
  }

  /** Below the table, once: where the standard times come from, with the rows each source covers. */
  private static void sources(StringBuilder html, SopDefinition sop, List<FlowchartRows.Row> rows) {
    Map<String, List<String>> rowsBySource = new LinkedHashMap<>();
    for (FlowchartRows.Row row : rows) {
      sop.step(row.id()).map(SopStep::sumberWaktu).ifPresent(source ->
          rowsBySource.computeIfAbsent(source, s -> new ArrayList<>()).add(String.valueOf(row.number())));
    }
    if (rowsBySource.isEmpty()) {
      return;
    }
    html.append("<section class=\"sumber-waktu\"><p><b>Sumber waktu standar</b></p><ul>");
    rowsBySource.forEach((source, numbers) -> html.append("<li data-rows=\"").append(String.join(" ", numbers))
        .append("\">Baris ").append(String.join(", ", numbers)).append(": ").append(escape(source)).append("</li>"));
    html.append("</ul></section>");
  }

  /**
   * The Waktu column: the standard time, or where the step's time comes from: the applicant (not
   * counted), a date of the request, or a calendar other than the SOP's.
   */
  static String waktu(SopStep step, SopDefinition sop) {
    if (step.menungguPemohon()) {
      return "Menunggu pemohon (tidak dihitung dalam waktu layanan)";
    }
    String text = step.waktu() == null ? "" : step.waktu().text();
    if (step.tenggatDari() != null) {
      String date = step.tenggatDari().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
      text = text.isEmpty() ? "Paling lambat pada " + date : text + " sebelum " + date;
    }
    if (step.calendar() != sop.calendar() && !text.isEmpty()) {
      text += step.calendar() == CalendarKind.ROUND_THE_CLOCK ? " (24 jam)" : " (hari kerja)";
    }
    return text;
  }

  /** One role's cell of a row: the lines passing it, and the row's symbol when the row is this role's. */
  private static void pelaksana(StringBuilder html, SopLane lane, FlowchartLines.Cell cell, FlowchartRows.Row row,
                                FlowchartLines.RowLines lines) {
    html.append("<td class=\"kolom-pelaksana").append(cell.down() ? " turun" : "").append("\" data-lane=\"")
        .append(escape(lane.id())).append("\"").append(cell.arrowFrom() > 0 ? " data-panah-dari=\"" + cell.arrowFrom() + "\"" : "")
        .append("><table class=\"jalur\"><tr><td class=\"kiri").append(cell.topLeft() ? " garis" : "")
        .append("\"></td><td class=\"kanan").append(cell.topRight() ? " garis" : "")
        .append(cell.arrowFrom() > 0 ? " tengah" : "").append("\"></td></tr></table>");
    if (row != null) {
      if (cell.arrowFrom() > 0) {
        html.append("<div class=\"tutup\"><div class=\"panah\"></div></div>");
      }
      html.append("<table class=\"simbol-baris\"><tr><td class=\"masuk\">");
      lines.incoming().forEach(connector -> html.append(connector(connector, "dari")));
      html.append("</td><td class=\"pusat\"><div class=\"simbol ").append(row.symbol().css)
          .append("\" data-symbol=\"").append(row.symbol().css).append("\"></div></td><td class=\"keluar\">");
      lines.outgoing().forEach(connector -> html.append(connector(connector, "ke")));
      if (lines.downLabel() != null) {
        html.append("<div class=\"label-cabang\" data-label-turun=\"true\">").append(escape(lines.downLabel()))
            .append("</div>");
      }
      html.append("</td></tr></table>");
    }
    html.append("</td>");
  }

  /** The off-page connector: a pentagon with the row number the flow continues at (or comes from). */
  private static String connector(FlowchartLines.Connector connector, String direction) {
    String label = direction.equals("ke") && connector.label() != null ? escape(connector.label()) : "";
    return "<div class=\"konektor\" data-konektor-" + direction + "=\"" + connector.row() + "\">"
        + "<div class=\"badan\">" + connector.row() + "</div><div class=\"ujung\"></div></div>"
        + (label.isEmpty() ? "" : "<div class=\"label-cabang\">" + label + "</div>");
  }

  private static String unit(BpmnModelInstance model) {
    return model.getModelElementsByType(Participant.class).stream().map(Participant::getName)
        .filter(name -> name != null && !name.isBlank()).findFirst().orElse("");
  }

  static String escape(String text) {
    return SopDocumentPdf.escape(text);
  }

  private static Map<String, String> identityLabels() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("dasar-hukum", "Dasar Hukum");
    labels.put("kualifikasi-pelaksana", "Kualifikasi Pelaksana");
    labels.put("keterkaitan", "Keterkaitan");
    labels.put("peralatan", "Peralatan/Perlengkapan");
    labels.put("peringatan", "Peringatan");
    labels.put("pencatatan", "Pencatatan dan Pendataan");
    return labels;
  }

  /** A one-pixel black PNG: the vertical line of an arrow, repeated down a cell. */
  private static final String LINE_PIXEL = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==";

  private static final String STYLE = """
      @page { size: A4 landscape; margin: 12mm; }
      body { font-family: sans-serif; font-size: 9pt; }
      section.identitas { page-break-after: always; }
      table { border-collapse: collapse; width: 100%; margin-bottom: 12pt; }
      td, th { border: 1px solid #000; padding: 3pt; vertical-align: top; }
      thead { display: table-header-group; }
      table.diagram { -fs-table-paginate: paginate; }
      tr { page-break-inside: avoid; }
      .judul { font-weight: bold; text-align: center; vertical-align: middle; font-size: 13pt; }
      .label { font-weight: bold; }
      .slot-logo { width: 60pt; height: 60pt; border: 1px dashed #888; text-align: center; line-height: 60pt; }
      .slot-ttd { height: 36pt; }
      tr.halaman-baru { page-break-before: always; }
      section.sumber-waktu { page-break-inside: avoid; font-size: 8pt; }
      section.sumber-waktu ul { margin: 0; padding-left: 14pt; }
      /* Pelaksana cells: a line from the symbol down to the bottom edge is the cell's background (a
         one-pixel image repeated down its middle); everything above it covers it in white. */
      .kolom-pelaksana { text-align: center; min-width: 50pt; padding: 0 0 2pt 0; }
      .kolom-pelaksana.turun { background-image: url("data:image/png;base64,@LINE_PIXEL@");
        background-repeat: repeat-y; background-position: 50% 0; }
      table.jalur { width: 100%; margin: 0; border: none; }
      table.jalur td { width: 50%; }
      table.jalur td { border: none; padding: 0; height: 7pt; background: #fff; }
      table.jalur td.garis { border-top: 1pt solid #000; }
      table.jalur td.tengah { border-left: 1pt solid #000; }
      .tutup { background: #fff; }
      table.simbol-baris { width: 100%; margin: 0; border: none; }
      table.simbol-baris td { border: none; padding: 0 0 1pt 0; vertical-align: top; }
      table.simbol-baris td.masuk, table.simbol-baris td.keluar { width: 20%; }
      table.simbol-baris td.pusat { width: 60%; }

      .panah { width: 0; height: 0; margin: 0 auto; border-left: 3.5pt solid transparent;
        border-right: 3.5pt solid transparent; border-top: 5pt solid #000; }
      .simbol { margin: 0 auto; border: 1.5pt solid #000; background: #fff; }
      .simbol.proses { width: 34pt; height: 18pt; }
      .simbol.terminator { width: 34pt; height: 16pt; border-radius: 8pt; }
      .simbol.keputusan { width: 16pt; height: 16pt; transform: rotate(45deg); margin: 4pt auto; }
      .konektor { width: 12pt; margin: 0 auto; background: #fff; }
      .konektor .badan { border: 0.8pt solid #000; border-bottom: none; height: 8pt; font-size: 6pt; line-height: 8pt; }
      .konektor .ujung { width: 0; height: 0; border-left: 6.8pt solid transparent; border-right: 6.8pt solid transparent;
        border-top: 4pt solid #000; margin-left: -0.4pt; }
      .label-cabang { font-size: 5.5pt; background: #fff; }
      """.replace("@LINE_PIXEL@", LINE_PIXEL);
}

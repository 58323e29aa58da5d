package org.sopflow.documents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.sopflow.model.SopDefinition;
import org.sopflow.model.SopLane;
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

  private SopDocument() {
  }

  static String render(SopDefinition sop, int version, BpmnModelInstance model) {
    Process process = model.getModelElementById(sop.key());
    List<FlowchartRows.Row> rows = FlowchartRows.of(model, process);
    StringBuilder html = new StringBuilder();
    html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n")
        .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"id\"><head><meta charset=\"UTF-8\"/>")
        .append("<title>SOP ").append(escape(sop.name())).append("</title><style>").append(STYLE)
        .append("</style></head><body>");
    identity(html, sop, version, unit(model));
    flowchart(html, sop, rows);
    return html.append("</body></html>").toString();
  }

  private static void identity(StringBuilder html, SopDefinition sop, int version, String unit) {
    html.append("<section class=\"identitas\"><table class=\"identitas\"><tbody>")
        .append("<tr><td class=\"logo\" rowspan=\"3\"><div class=\"slot-logo\">LOGO</div></td>")
        .append("<td class=\"unit\" rowspan=\"3\">").append(escape(unit)).append("</td>")
        .append(field("nomor", "Nomor SOP", sop.identity().get("nomor"))).append("</tr>")
        .append("<tr>").append(field("tanggal-pembuatan", "Tanggal Pembuatan", sop.identity().get("tanggal-pembuatan")))
        .append("</tr><tr>").append(field("tanggal-revisi", "Tanggal Revisi", sop.identity().get("tanggal-revisi")))
        .append("</tr><tr><td colspan=\"2\" rowspan=\"2\" class=\"judul\">STANDAR OPERASIONAL PROSEDUR</td>")
        .append(field("tanggal-efektif", "Tanggal Efektif", sop.identity().get("tanggal-efektif"))).append("</tr>")
        .append("<tr><td class=\"label\">Disahkan oleh</td><td class=\"nilai\" data-field=\"disahkan-oleh\">")
        .append(escape(sop.identity().get("disahkan-oleh")))
        .append("<div class=\"slot-ttd\"></div><div class=\"nip\">NIP. ..............................</div></td></tr>")
        .append("<tr><td colspan=\"2\"></td>").append(field("nama", "Nama SOP", sop.name())).append("</tr>")
        .append("<tr><td colspan=\"2\"></td>").append(field("versi", "Versi model", String.valueOf(version)))
        .append("</tr></tbody></table><table class=\"identitas-rinci\"><tbody>");
    List<String> names = List.copyOf(IDENTITY.keySet());
    for (int i = 0; i < names.size(); i += 2) {
      html.append("<tr>").append(detail(sop, names.get(i)));
      html.append(i + 1 < names.size() ? detail(sop, names.get(i + 1)) : "<td></td>").append("</tr>");
    }
    html.append("</tbody></table></section>");
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
    for (FlowchartRows.Row row : rows) {
      SopStep step = sop.step(row.id()).orElse(null);
      html.append("<tr class=\"kegiatan\" data-activity=\"").append(escape(row.id())).append("\"><td>")
          .append(row.number()).append("</td><td>").append(escape(row.name())).append("</td>");
      for (SopLane lane : lanes) {
        html.append("<td class=\"kolom-pelaksana\" data-lane=\"").append(escape(lane.id())).append("\">");
        if (lane.id().equals(row.laneId())) {
          html.append(symbol(row));
        }
        html.append("</td>");
      }
      html.append("<td>").append(escape(step == null ? "" : step.kelengkapan())).append("</td><td>")
          .append(escape(step == null || step.waktu() == null ? "" : step.waktu().text())).append("</td><td>")
          .append(escape(step == null ? "" : step.output())).append("</td><td>")
          .append(escape(step == null ? "" : step.keterangan())).append("</td></tr>");
    }
    html.append("</tbody></table></section>");
  }

  /** The Permenpan symbol, and where the flow goes next (off-page connectors and arrows: a later step). */
  private static String symbol(FlowchartRows.Row row) {
    String next = row.next().stream()
        .map(n -> (n.label() == null ? "" : n.label() + ": ") + "ke " + n.row())
        .collect(Collectors.joining("; "));
    return "<div class=\"simbol " + row.symbol().css + "\" data-symbol=\"" + row.symbol().css + "\"></div>" + (next.isEmpty() ? "" : "<div class=\"lanjut\">"
        + escape(next) + "</div>");
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
      .kolom-pelaksana { text-align: center; min-width: 50pt; }
      .simbol { margin: 2pt auto; border: 1.5pt solid #000; }
      .simbol.proses { width: 40pt; height: 20pt; }
      .simbol.terminator { width: 40pt; height: 18pt; border-radius: 9pt; }
      .simbol.keputusan { width: 18pt; height: 18pt; transform: rotate(45deg); margin: 6pt auto; }
      .lanjut { font-size: 7pt; }
      """;
}

package org.sopflow.evaluation;

import static org.sopflow.documents.SopDocumentPdf.escape;

import java.time.ZoneId;
import org.sopflow.documents.ReportPage;

/**
 * The evaluasi penerapan SOP form (XHTML, printable to PDF): No, Prosedur, the seven criteria (Ya or
 * Tidak, with the measure where the runs give one; empty where the evaluator decides), Catatan and
 * Paraf penilai left for the evaluator's hand.
 */
final class PenerapanDocument {

  private static final String STYLE = """
      body { font-family: sans-serif; font-size: 8pt; }
      p.keterangan { margin: 0 0 3mm 0; }
      th, td { border: 0.5pt solid #000; padding: 1.2mm; vertical-align: top; }
      tr { page-break-inside: avoid; }
      td.no { width: 7mm; text-align: center; }
      td.nilai { text-align: center; }
      td.nilai b.tidak { color: #a00000; }
      div.ukuran { font-size: 6.5pt; color: #333; }
      td.catatan, td.paraf { width: 22mm; }
      """;

  private PenerapanDocument() {
  }

  static String render(PenerapanEvaluation.Form form, ZoneId zone) {
    StringBuilder html = ReportPage.opening("Evaluasi Penerapan SOP",
            "EVALUASI PENERAPAN STANDAR OPERASIONAL PROSEDUR", STYLE, form.from(), form.to(), zone)
        .append("<p class=\"keterangan\">Jawaban yang sudah terisi diukur dari pelaksanaan SOP dalam periode ini")
        .append(" (ukurannya di bawah jawaban); kolom kosong diisi penilai.</p>")
        .append("<table class=\"penerapan\"><thead><tr><th>No</th><th>Prosedur</th>");
    PenerapanEvaluation.CRITERIA.forEach(criterion -> html.append("<th>").append(escape(criterion)).append("</th>"));
    html.append("<th>Catatan</th><th>Paraf penilai</th></tr></thead><tbody>");
    form.sops().forEach(row -> row(html, row));
    return html.append("</tbody></table></body></html>").toString();
  }

  private static void row(StringBuilder html, PenerapanEvaluation.Row row) {
    html.append("<tr class=\"sop\" data-key=\"").append(escape(row.key())).append("\"><td class=\"no\">").append(row.no())
        .append("</td><td class=\"prosedur\">").append(escape(row.prosedur()))
        .append(row.nomor() == null ? "" : "<br/>" + escape(row.nomor())).append("</td>");
    for (PenerapanEvaluation.Criterion criterion : row.criteria()) {
      html.append("<td class=\"nilai\">");
      if (criterion.nilai() != null) {
        html.append("<b class=\"").append("Ya".equals(criterion.nilai()) ? "ya" : "tidak").append("\">")
            .append(criterion.nilai()).append("</b><div class=\"ukuran\">").append(escape(criterion.ukuran())).append("</div>");
      }
      html.append("</td>");
    }
    html.append("<td class=\"catatan\"></td><td class=\"paraf\"></td></tr>");
  }
}

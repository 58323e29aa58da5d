package org.sopflow.evaluation;

import static org.sopflow.documents.SopDocumentPdf.escape;

import java.time.ZoneId;
import java.util.List;
import org.sopflow.documents.ReportPage;

/**
 * The evaluation as the Permenpan form (XHTML, printable to PDF): No, Prosedur, Penilaian, Catatan,
 * Tindakan yang harus diambil, Paraf penilai (an empty slot), with the period and the rule on top.
 */
final class EvaluationDocument {

  private static final String STYLE = """
      body { font-family: sans-serif; font-size: 9pt; }
      p.aturan { border: 0.5pt solid #444; padding: 2mm; margin: 0 0 3mm 0; }
      th, td { border: 0.5pt solid #000; padding: 1.5mm; vertical-align: top; }
      tr { page-break-inside: avoid; }
      td.no { width: 7mm; text-align: center; }
      td.penilaian { width: 28mm; font-weight: bold; }
      td.penilaian.tidak-baik { color: #a00000; }
      td.paraf { width: 22mm; }
      ul { margin: 0; padding-left: 4mm; }
      """;

  private EvaluationDocument() {
  }

  static String render(SopEvaluation.Evaluation evaluation, ZoneId zone) {
    StringBuilder html = ReportPage.opening("Monitoring Pelaksanaan SOP", "MONITORING PELAKSANAAN STANDAR OPERASIONAL PROSEDUR",
        STYLE, evaluation.from(), evaluation.to(), zone)
        .append("<p class=\"aturan\"><b>Aturan penilaian.</b> ").append(escape(evaluation.rule())).append("</p>")
        .append("<table class=\"evaluasi\"><thead><tr><th>No</th><th>Prosedur</th><th>Penilaian</th><th>Catatan</th>")
        .append("<th>Tindakan yang harus diambil</th><th>Paraf penilai</th></tr></thead><tbody>");
    evaluation.sops().forEach(row -> row(html, row));
    return html.append("</tbody></table></body></html>").toString();
  }

  private static void row(StringBuilder html, SopEvaluation.Row row) {
    html.append("<tr class=\"sop\" data-key=\"").append(escape(row.key())).append("\" data-baik=\"").append(row.baik())
        .append("\"><td class=\"no\">").append(row.no()).append("</td><td class=\"prosedur\">").append(escape(row.prosedur()))
        .append(row.nomor() == null ? "" : "<br/>" + escape(row.nomor())).append("</td><td class=\"penilaian")
        .append(row.baik() ? "" : " tidak-baik").append("\">").append(escape(row.penilaian())).append("</td>")
        .append("<td class=\"catatan\">").append(list(row.catatan())).append("</td><td class=\"tindakan\">")
        .append(list(row.tindakan())).append("</td><td class=\"paraf\"></td></tr>");
  }

  private static String list(List<String> items) {
    StringBuilder list = new StringBuilder("<ul>");
    items.forEach(item -> list.append("<li>").append(escape(item)).append("</li>"));
    return list.append("</ul>").toString();
  }
}

package org.sopflow.survey;

import static org.sopflow.documents.SopDocumentPdf.escape;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sopflow.documents.ReportPage;

/** The IKM report as a printable page (and PDF from it), and as CSV. */
final class IkmDocument {

  private static final String STYLE = """
      body { font-family: sans-serif; font-size: 9pt; }
      th, td { border: 0.5pt solid #000; padding: 1.2mm; vertical-align: top; }
      td.angka { text-align: right; }
      tr.kantor td { font-weight: bold; background: #f3f3f3; }
      p.keterangan { margin: 3mm 0 0 0; }
      """;

  private IkmDocument() {
  }

  static String html(IkmReport report, ZoneId zone) {
    StringBuilder html = ReportPage.opening("Indeks Kepuasan Masyarakat", "INDEKS KEPUASAN MASYARAKAT (IKM)", STYLE,
        report.from(), report.to(), zone).append("<table class=\"ikm\"><thead><tr><th>Layanan</th><th>Responden</th>");
    for (Unsur unsur : Unsur.values()) {
      html.append("<th title=\"").append(escape(unsur.label())).append("\">U").append(unsur.ordinal() + 1).append("</th>");
    }
    html.append("<th>IKM unit</th><th>Mutu</th><th>Kinerja</th><th>Sampel minimum (dilayani)</th>")
        .append("<th>Unsur terendah</th><th>Tepat waktu</th></tr></thead><tbody>");
    for (IkmReport.Service service : report.services()) {
      row(html, service.key(), service.nama(), service.score(), "");
      html.append("<td class=\"angka\">").append(service.minimumSample()).append(" (").append(service.served()).append(")")
          .append(service.sampleReached() ? "" : " — belum tercapai").append("</td><td>")
          .append(escape(service.lowestUnsur() == null ? "–" : service.lowestUnsur())).append("</td><td class=\"angka\">")
          .append(service.onTimeRate() == null ? "–" : Math.round(service.onTimeRate() * 100) + " %").append("</td></tr>");
    }
    row(html, "kantor", "Seluruh layanan", report.office(), " class=\"kantor\"");
    html.append("<td></td><td></td><td></td></tr></tbody></table><p class=\"keterangan\">NRR per unsur = jumlah nilai /")
        .append(" jumlah responden yang menjawab; IKM = Σ NRR × 1/9; IKM unit = IKM × 25. Mutu A 88,31–100 (Sangat Baik),")
        .append(" B 76,61–88,30 (Baik), C 65,00–76,60 (Kurang Baik), D 25,00–64,99 (Tidak Baik). Sampel minimum menurut")
        .append(" tabel Krejcie-Morgan untuk jumlah layanan yang diselesaikan dalam periode.</p><p class=\"keterangan\">");
    for (Unsur unsur : Unsur.values()) {
      html.append("U").append(unsur.ordinal() + 1).append(" ").append(escape(unsur.label())).append(unsur.ordinal() < 8 ? "; " : ".");
    }
    return html.append("</p></body></html>").toString();
  }

  private static void row(StringBuilder html, String key, String name, IkmReport.Score score, String attributes) {
    html.append("<tr data-key=\"").append(escape(key)).append("\"").append(attributes).append("><td>").append(escape(name))
        .append("</td><td class=\"angka\">").append(score.respondents()).append("</td>");
    score.unsur().forEach(unsur -> html.append("<td class=\"angka\">").append(number(unsur.nrr())).append("</td>"));
    html.append("<td class=\"angka ikm\">").append(score.ikmUnit() == null ? "–" : String.format(Locale.ROOT, "%.2f",
            score.ikmUnit())).append("</td><td>").append(score.mutu() == null ? "–" : score.mutu()).append("</td><td>")
        .append(score.kinerja() == null ? "–" : score.kinerja()).append("</td>");
  }

  static String csv(IkmReport report) {
    List<String> lines = new ArrayList<>();
    StringBuilder header = new StringBuilder("layanan,nama,responden");
    for (Unsur unsur : Unsur.values()) {
      header.append(",nrr_").append(unsur.field());
    }
    lines.add(header.append(",ikm,ikm_unit,mutu,kinerja,dilayani,sampel_minimum,unsur_terendah,tepat_waktu").toString());
    report.services().forEach(service -> lines.add(line(service.key(), service.nama(), service.score())
        + "," + service.served() + "," + service.minimumSample() + "," + quote(service.lowestUnsur()) + ","
        + (service.onTimeRate() == null ? "" : String.format(Locale.ROOT, "%.4f", service.onTimeRate()))));
    lines.add(line("kantor", "Seluruh layanan", report.office()) + ",,,,");
    return String.join("\r\n", lines) + "\r\n";
  }

  private static String line(String key, String name, IkmReport.Score score) {
    StringBuilder line = new StringBuilder(quote(key)).append(',').append(quote(name)).append(',').append(score.respondents());
    score.unsur().forEach(unsur -> line.append(',').append(unsur.nrr() == null ? "" : String.format(Locale.ROOT, "%.4f", unsur.nrr())));
    return line.append(',').append(score.ikm() == null ? "" : String.format(Locale.ROOT, "%.4f", score.ikm()))
        .append(',').append(score.ikmUnit() == null ? "" : String.format(Locale.ROOT, "%.2f", score.ikmUnit()))
        .append(',').append(score.mutu() == null ? "" : score.mutu()).append(',')
        .append(score.kinerja() == null ? "" : quote(score.kinerja())).toString();
  }

  private static String number(Double value) {
    return value == null ? "–" : String.format(Locale.ROOT, "%.2f", value);
  }

  private static String quote(String value) {
    return value == null ? "" : "\"" + value.replace("\"", "\"\"") + "\"";
  }
}

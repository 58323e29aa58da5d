package org.sopflow.register;

import static org.sopflow.documents.SopDocumentPdf.escape;

import java.time.LocalDate;
import java.time.ZoneId;
import org.sopflow.documents.ReportPage;
import org.sopflow.monitoring.TrendChart;

/**
 * The register as a printable document (XHTML, and PDF from it): the services with their SOPs, the
 * findings with their evidence and action, the SOPs, and each executable SOP's trend chart.
 */
final class RegisterDocument {

  private static final String STYLE = """
      body { font-family: sans-serif; font-size: 9pt; }
      h2 { font-size: 11pt; margin: 5mm 0 2mm 0; }
      th, td { border: 0.5pt solid #000; padding: 1.5mm; vertical-align: top; }
      tr { page-break-inside: avoid; }
      td.no { width: 7mm; text-align: center; }
      td.angka { text-align: right; }
      .dokumen { color: #555; font-style: italic; }
      div.tren { page-break-inside: avoid; margin: 2mm 0; }
      """;

  private RegisterDocument() {
  }

  static String render(Register register, ZoneId zone) {
    StringBuilder html = ReportPage.opening("Register Layanan dan SOP",
        "REGISTER STANDAR PELAYANAN DAN STANDAR OPERASIONAL PROSEDUR", STYLE, register.from(), register.to(), zone);
    if (!register.unreadableFiles().isEmpty()) {
      html.append("<h2>Berkas yang tidak terbaca</h2><ul class=\"berkas\">");
      register.unreadableFiles().forEach(problem -> html.append("<li>").append(escape(problem)).append("</li>"));
      html.append("</ul>");
    }
    services(html, register);
    findings(html, register);
    sops(html, register);
    html.append("<h2>Tren 12 bulan</h2>");
    register.sops().stream().filter(Register.Sop::executable).forEach(sop -> html.append("<div class=\"tren\" data-key=\"")
        .append(escape(sop.key())).append("\">").append(TrendChart.svg(sop.nama(), sop.trend())).append("</div>"));
    return html.append("</body></html>").toString();
  }

  private static void services(StringBuilder html, Register register) {
    html.append("<h2>Standar Pelayanan</h2><table class=\"layanan\"><thead><tr><th>No</th><th>Layanan</th>")
        .append("<th>Jangka waktu</th><th>SOP pelaksana</th><th>Selesai</th><th>Dalam jangka waktu</th></tr></thead><tbody>");
    int no = 1;
    for (Register.Service service : register.services()) {
      html.append("<tr data-key=\"").append(escape(service.key())).append("\"><td class=\"no\">").append(no++)
          .append("</td><td>").append(escape(service.nama())).append("</td><td>")
          .append(service.jangkaWaktu() == null ? "tidak dipublikasikan" : escape(service.jangkaWaktu())).append("</td><td>");
      if (service.sops().isEmpty()) {
        html.append("<b>belum ada SOP</b>");
      }
      service.sops().forEach(sop -> html.append("<div").append(Boolean.FALSE.equals(sop.executable()) ? " class=\"dokumen\"" : "")
          .append(">").append(escape(sop.nama() == null ? sop.key() + " (tidak dikenal)" : sop.nama()))
          .append(sop.nomor() == null ? "" : " — " + escape(sop.nomor()))
          .append(Boolean.FALSE.equals(sop.executable()) ? " (dokumen)" : "").append("</div>"));
      html.append("</td><td class=\"angka\">").append(service.completed()).append("</td><td class=\"angka\">")
          .append(service.withinShare() == null ? "–" : percent(service.withinShare()) + " (" + service.withinJangkaWaktu() + ")")
          .append("</td></tr>");
    }
    html.append("</tbody></table>");
  }

  private static void findings(StringBuilder html, Register register) {
    html.append("<h2>Temuan: yang perlu diperbarui</h2>");
    if (register.findings().isEmpty()) {
      html.append("<p class=\"nihil\">Tidak ada temuan pada periode ini.</p>");
      return;
    }
    html.append("<table class=\"temuan\"><thead><tr><th>No</th><th>Aspek</th><th>Temuan</th><th>SOP / langkah</th>")
        .append("<th>Bukti</th><th>Tindakan</th></tr></thead><tbody>");
    int no = 1;
    for (Register.Finding finding : register.findings()) {
      html.append("<tr class=\"temuan\" data-kind=\"").append(finding.kind()).append("\" data-sop=\"")
          .append(escape(finding.sop())).append("\"><td class=\"no\">").append(no++).append("</td><td>")
          .append(escape(finding.aspek())).append("</td><td>").append(escape(finding.label())).append("</td><td>")
          .append(escape(finding.sop() == null ? finding.service() : finding.sopName()))
          .append(finding.step() == null ? "" : "<br/>" + escape(finding.step()))
          .append(finding.role() == null ? "" : "<br/>peran " + escape(finding.role())).append("</td><td>")
          .append(escape(finding.evidence())).append("</td><td><b>").append(escape(finding.tindakan()))
          .append("</b></td></tr>");
    }
    html.append("</tbody></table>");
  }

  private static void sops(StringBuilder html, Register register) {
    html.append("<h2>SOP</h2><table class=\"sop\"><thead><tr><th>No</th><th>SOP</th><th>Bidang</th><th>Bentuk</th>")
        .append("<th>Disahkan/direvisi</th><th>Tinjau paling lambat</th><th>Dimulai</th><th>Selesai</th>")
        .append("<th>Langkah tepat waktu</th><th>Standar Pelayanan</th></tr></thead><tbody>");
    int no = 1;
    for (Register.Sop sop : register.sops()) {
      html.append("<tr data-key=\"").append(escape(sop.key())).append("\"><td class=\"no\">").append(no++).append("</td><td>")
          .append(escape(sop.nama())).append(sop.nomor() == null ? "" : "<br/>" + escape(sop.nomor())).append("</td><td>")
          .append(escape(sop.bidang())).append("</td><td>")
          .append(sop.executable() ? "BPMN versi " + sop.version() : "<span class=\"dokumen\">dokumen</span>")
          .append("</td><td>").append(date(sop.reviewedOn())).append("</td><td>").append(date(sop.reviewDue()))
          .append("</td><td class=\"angka\">").append(sop.started()).append("</td><td class=\"angka\">").append(sop.completed())
          .append("</td><td class=\"angka\">").append(sop.stepOnTimeRate() == null ? "–" : percent(sop.stepOnTimeRate()))
          .append("</td><td>").append(escape(String.join("; ", sop.services()))).append("</td></tr>");
    }
    html.append("</tbody></table>");
  }

  private static String date(LocalDate date) {
    return date == null ? "–" : ReportPage.DATE.format(date);
  }

  private static String percent(double share) {
    return Math.round(share * 100) + " %";
  }
}

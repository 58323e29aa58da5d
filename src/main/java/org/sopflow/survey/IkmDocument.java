package org.sopflow.survey;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sopflow.print.ReportHead;
import org.sopflow.print.Templates;

/** The IKM report as a printable page (and PDF from it), and as CSV. */
final class IkmDocument {

  private IkmDocument() {
  }

  static String html(IkmReport report, InternalSurveyReport internal, Rtl rtl, ZoneId zone) {
    List<Row> rows = new ArrayList<>();
    report.services().forEach(service -> rows.add(Row.of(service.key(), service.nama(), service.score(), service)));
    rows.add(Row.of("kantor", "Seluruh layanan", report.office(), null));
    return Templates.page("survey/ikm", new Page(ReportHead.of("Indeks Kepuasan Masyarakat",
        "INDEKS KEPUASAN MASYARAKAT (IKM)", report.from(), report.to(), zone), List.of(Unsur.values()), rows,
        internal.services(), PlanRow.of(rtl)));
  }

  /** The rencana tindak lanjut alone, as a printable page. */
  static String rtlHtml(Rtl rtl, ZoneId zone) {
    return Templates.page("survey/rtl", new Page(ReportHead.of("Rencana Tindak Lanjut SKM",
        "RENCANA TINDAK LANJUT HASIL SURVEI KEPUASAN MASYARAKAT", rtl.from(), rtl.to(), zone), List.of(), List.of(),
        List.of(), PlanRow.of(rtl)));
  }

  private record Page(ReportHead head, List<Unsur> unsur, List<Row> rows, List<InternalSurvey.Result> internal,
                      List<PlanRow> plans) {
  }

  /** A service's plan as the page prints it: its unsur from the lowest, and its actions. */
  record PlanRow(String key, String nama, List<String> unsur, List<ActionRow> actions) {

    static List<PlanRow> of(Rtl rtl) {
      return rtl.services().stream().map(plan -> new PlanRow(plan.key(), plan.nama(), plan.unsur().stream()
          .map(unsur -> unsur.label() + " " + number(unsur.nrr())).toList(),
          plan.actions().stream().map(ActionRow::of).toList())).toList();
    }
  }

  record ActionRow(String unsur, String tindakan, String penanggungJawab, String waktu, String status) {

    static ActionRow of(Rtl.Action action) {
      String worked = action.efektif() == null ? "" : action.efektif() ? "; efektif" : "; belum efektif";
      return new ActionRow(action.unsurLabel(), action.tindakan(), action.penanggungJawab(),
          ReportHead.date(action.dibuat()) + " – " + ReportHead.date(action.tenggat()),
          action.status() + worked + (action.terlambat() ? "; terlambat" : ""));
    }
  }

  /** A service's row, or the office's ({@code office}, without the service's last three columns). */
  private record Row(String key, String nama, long respondents, List<String> nrr, String ikmUnit, String mutu,
                     String kinerja, boolean office, String sample, String lowestUnsur, String onTime) {

    static Row of(String key, String nama, IkmReport.Score score, IkmReport.Service service) {
      return new Row(key, nama, score.respondents(), score.unsur().stream().map(unsur -> number(unsur.nrr())).toList(),
          number(score.ikmUnit()), dash(score.mutu()), dash(score.kinerja()), service == null,
          service == null ? null : service.minimumSample() + " (" + service.served() + ")"
              + (service.sampleReached() ? "" : " — belum tercapai"),
          service == null ? null : dash(service.lowestUnsur()),
          service == null || service.onTimeRate() == null ? "–" : Math.round(service.onTimeRate() * 100) + " %");
    }
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

  private static String dash(String value) {
    return value == null ? "–" : value;
  }

  private static String quote(String value) {
    return value == null ? "" : "\"" + value.replace("\"", "\"\"") + "\"";
  }
}

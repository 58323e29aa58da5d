package org.sopflow.tracking;

import static org.sopflow.documents.SopDocumentPdf.escape;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The citizen's pages, in Indonesian, rendered on the server: readable on a phone, no script, and
 * nothing loaded from elsewhere (one style sheet of this server).
 */
final class TrackingPage {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH.mm", Locale.forLanguageTag("id-ID"));

  private final ZoneId zone;
  private final String zoneName;

  TrackingPage(ZoneId zone) {
    this.zone = zone;
    this.zoneName = zone.getId().equals("Asia/Jakarta") ? "WIB" : zone.getId().equals("Asia/Makassar") ? "WITA"
        : zone.getId().equals("Asia/Jayapura") ? "WIT" : zone.getId();
  }

  /** The page to enter a code on. */
  String form(String message) {
    return page("Lacak layanan", (message == null ? "" : "<p class=\"pesan\">" + escape(message) + "</p>")
        + "<p>Masukkan kode lacak yang tertera pada tanda bukti permohonan Anda (12 huruf dan angka).</p>"
        + "<form method=\"get\" action=\"/lacak\"><label for=\"kode\">Kode lacak</label>"
        + "<input id=\"kode\" name=\"kode\" type=\"text\" autocomplete=\"off\" autocapitalize=\"characters\""
        + " maxlength=\"20\" required=\"required\"/><button type=\"submit\">Lacak</button></form>");
  }

  /** Unknown and malformed codes alike: nothing tells a guessed code from a typing error. */
  String notFound() {
    return form("Kode lacak tidak ditemukan. Periksa kembali kode pada tanda bukti Anda.");
  }

  String tooMany(long seconds) {
    return page("Terlalu banyak permintaan", "<p class=\"pesan\">Terlalu banyak pencarian dari alamat Anda. Coba lagi"
        + " dalam " + seconds + " detik.</p>");
  }

  /** A request's state; {@code after} is what follows it (the survey, or its thanks). */
  String request(TrackedRequest request, String after) {
    StringBuilder body = new StringBuilder()
        .append("<dl class=\"ringkas\"><dt>Layanan</dt><dd>").append(escape(request.layanan())).append("</dd>")
        .append("<dt>Nomor register</dt><dd>").append(escape(request.nomorRegister() == null ? "–" : request.nomorRegister()))
        .append("</dd><dt>Kode lacak</dt><dd class=\"kode\">").append(request.code()).append("</dd>")
        .append("<dt>Diterima</dt><dd>").append(dateTime(request.received())).append("</dd>")
        .append("<dt>Status</dt><dd class=\"status status-").append(request.status()).append("\">")
        .append(request.status()).append("</dd>");
    if (request.serviceDeadline() != null) {
      body.append("<dt>Batas waktu layanan</dt><dd>").append(dateTime(request.serviceDeadline()))
          .append(request.extended() ? " (diperpanjang)" : "").append("</dd>");
    }
    if (request.ended()) {
      body.append("<dt>Selesai pada</dt><dd>").append(dateTime(request.endedAt())).append("</dd>");
    }
    body.append("</dl>");
    if (!request.ended()) {
      body.append("<h2>Tahap sekarang</h2>");
      if (request.waitingForApplicant()) {
        body.append("<p class=\"menunggu\">Menunggu kelengkapan dari pemohon; waktu tunggu tidak dihitung dalam"
            + " batas waktu layanan.</p>");
      }
      body.append("<ul class=\"tahap\">");
      request.current().forEach(stage -> body.append("<li>").append(escape(stage.step())).append(" <span class=\"peran\">(")
          .append(escape(stage.role())).append(")</span></li>"));
      body.append("</ul>");
    }
    body.append("<h2>Langkah yang sudah selesai</h2>");
    if (request.done().isEmpty()) {
      body.append("<p>Belum ada.</p>");
    } else {
      body.append("<ol class=\"selesai\">");
      request.done().forEach(step -> body.append("<li><span class=\"langkah\">").append(escape(step.step()))
          .append("</span> <span class=\"peran\">(").append(escape(step.role())).append(")</span><br/>")
          .append(dateTime(step.at())).append(" · <span class=\"").append(step.withinStandard() ? "tepat" : "terlambat")
          .append("\">").append(step.withinStandard() ? "sesuai waktu standar" : "melewati waktu standar")
          .append("</span></li>"));
      body.append("</ol>");
    }
    return page("Status layanan", body.append(after).toString());
  }

  String dateTime(Instant instant) {
    return DATE_TIME.format(instant.atZone(zone)) + " " + zoneName;
  }

  static String page(String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"UTF-8\"/>"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
        + "<title>" + escape(title) + "</title><link rel=\"stylesheet\" href=\"/sop/lacak.css\"/></head><body><main>"
        + "<h1>" + escape(title) + "</h1>" + body
        + "<p class=\"kaki\"><a href=\"/lacak\">Lacak kode lain</a></p></main></body></html>";
  }
}

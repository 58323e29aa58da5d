package org.sopflow.tracking;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.sopflow.print.Templates;

/**
 * The citizen's pages, in Indonesian, rendered on the server from the templates {@code tracking/*}:
 * readable on a phone, no script, and nothing loaded from elsewhere (one style sheet of this server).
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

  /** The page to enter a code on, with a message above the form (or none). */
  String form(String message) {
    return page("Lacak layanan", Templates.page("tracking/form", new Form(message)));
  }

  /** Unknown and malformed codes alike: nothing tells a guessed code from a typing error. */
  String notFound() {
    return form("Kode lacak tidak ditemukan. Periksa kembali kode pada tanda bukti Anda.");
  }

  String tooMany(long seconds) {
    return page("Terlalu banyak permintaan",
        message("Terlalu banyak pencarian dari alamat Anda. Coba lagi dalam " + seconds + " detik."));
  }

  /** A request's state; {@code after} is the HTML that follows it (the survey, its thanks or a message). */
  String request(TrackedRequest request, String after) {
    return page("Status layanan", Templates.page("tracking/request", new RequestView(request.layanan(),
        request.nomorRegister() == null ? "–" : request.nomorRegister(), request.code(), dateTime(request.received()),
        request.status(), request.serviceDeadline() == null ? null
            : dateTime(request.serviceDeadline()) + (request.extended() ? " (diperpanjang)" : ""),
        request.ended() ? dateTime(request.endedAt()) : null, !request.ended(), request.waitingForApplicant(),
        request.current(), request.done().stream().map(step -> new DoneView(step.step(), step.role(),
            dateTime(step.at()), step.withinStandard())).toList(), after)));
  }

  /** A message to the citizen, as a paragraph of the page. */
  static String message(String text) {
    return Templates.page("tracking/message", text);
  }

  String dateTime(Instant instant) {
    return DATE_TIME.format(instant.atZone(zone)) + " " + zoneName;
  }

  private static String page(String title, String body) {
    return Templates.page("tracking/page", new Page(title, body));
  }

  private record Page(String title, String body) {
  }

  private record Form(String message) {
  }

  private record RequestView(String layanan, String nomorRegister, String code, String received, String status,
                             String deadline, String endedAt, boolean open, boolean waiting,
                             List<TrackedRequest.Stage> current, List<DoneView> done, String after) {
  }

  private record DoneView(String step, String role, String at, boolean withinStandard) {
  }
}

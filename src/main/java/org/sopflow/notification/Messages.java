package org.sopflow.notification;

import com.samskivert.mustache.Template;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sopflow.print.Templates;

/** The Indonesian e-mails, from the templates in {@code templates/notifikasi/} (plain text and HTML). */
final class Messages {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH.mm", Locale.forLanguageTag("id-ID"));

  /** The most steps one message lists; a larger digest counts the rest and points to Tasklist. */
  static final int LISTED = 25;

  private final Map<String, Template> templates = new LinkedHashMap<>();
  private final ZoneId zone;
  private final String tasklist;

  /** @param tasklist the Tasklist address, e.g. {@code https://sop.example.go.id/camunda/app/tasklist/default/} */
  Messages(ZoneId zone, String tasklist) {
    this.zone = zone;
    this.tasklist = tasklist;
    for (String name : List.of("ditawarkan", "ditugaskan", "tenggat-dekat", "terlambat", "ringkasan-pagi")) {
      templates.put(name + ".txt", Templates.message("notifikasi/" + name + ".txt", false));
      templates.put(name + ".html", Templates.message("notifikasi/" + name + ".html", true));
    }
  }

  /** One step in a message. */
  record Task(String taskId, String step, String sop, String businessKey, String role, Instant due) {
  }

  /** A message to one person, its subject and both bodies. */
  record Message(String subject, String text, String html) {
  }

  /** The message of one kind to one person; lateness is measured at {@code at}. */
  Message of(NotificationHook.Kind kind, String name, List<Task> tasks, Instant at) {
    Task first = tasks.get(0);
    String request = first.businessKey() == null ? "" : " (" + first.businessKey() + ")";
    return switch (kind) {
      case DITAWARKAN -> render("ditawarkan", tasks.size() == 1 ? "[SOP] Tugas baru: " + first.step()
          : "[SOP] " + tasks.size() + " tugas baru di Tasklist", name, tasks, at, Map.of());
      case DITUGASKAN -> render("ditugaskan", "[SOP] Tugas untuk Anda: " + first.step(), name, tasks, at, Map.of());
      case TENGGAT_DEKAT -> render("tenggat-dekat", "[SOP] Tenggat mendekat: " + first.step() + request, name, tasks,
          at, Map.of());
      case TERLAMBAT -> render("terlambat", "[SOP] Terlambat: " + first.step() + request, name, tasks, at,
          Map.of("keterlambatan", lateness(first, at)));
      case RINGKASAN_PAGI -> render("ringkasan-pagi", "[SOP] Ringkasan pagi: " + tasks.size() + " langkah terlambat",
          name, tasks, at, Map.of());
    };
  }

  /** The steps a message lists: the first {@link #LISTED}. */
  static List<Task> listed(List<Task> tasks) {
    return tasks.size() > LISTED ? tasks.subList(0, LISTED) : tasks;
  }

  /** How late a step is at {@code at}, in days, hours and minutes of the clock. */
  private static String lateness(Task task, Instant at) {
    if (task.due() == null || !at.isAfter(task.due())) {
      return "0 menit";
    }
    java.time.Duration late = java.time.Duration.between(task.due(), at);
    return (late.toDays() > 0 ? late.toDays() + " hari " : "") + late.toHoursPart() + " jam "
        + late.toMinutesPart() + " menit";
  }

  private Message render(String template, String subject, String name, List<Task> tasks, Instant at,
                         Map<String, Object> extra) {
    Map<String, Object> model = new LinkedHashMap<>(extra);
    model.put("nama", name);
    model.put("jumlah", tasks.size());
    model.put("tugas", listed(tasks).stream().map(task -> task(task, at)).toList());
    model.put("lainnya", tasks.size() > LISTED ? tasks.size() - LISTED : false);
    return new Message(subject, templates.get(template + ".txt").execute(model), templates.get(template + ".html").execute(model));
  }

  private Map<String, Object> task(Task task, Instant at) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("langkah", task.step());
    values.put("sop", task.sop());
    values.put("nomorRegister", task.businessKey() == null ? false : task.businessKey());
    values.put("peran", task.role() == null ? "" : task.role());
    values.put("tenggat", task.due() == null ? false : DATE_TIME.format(task.due().atZone(zone)));
    values.put("keterlambatan", lateness(task, at));
    values.put("tautan", link(task.taskId()));
    return values;
  }

  /** The address that opens the task in Tasklist. */
  String link(String taskId) {
    return tasklist + "#/?task=" + taskId;
  }
}

package org.sopflow.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.sopflow.calendar.CalendarKind;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.model.SopStep;

/**
 * The date a step is due by when it carries {@code sop.tenggat-dari}: a date variable of the
 * request (a {@code Date}, a {@code java.time} value, or an ISO text as Camunda Forms submit it). A
 * date without a time means the end of that day on the step's calendar. A missing or unreadable
 * date refuses the command that reaches the step (checked when the step begins, so the REST API
 * answers 400), naming the variable, so no step runs without its deadline.
 */
final class RequestDate {

  private RequestDate() {
  }

  static Instant dueBy(SopStep step, VariableScope variables, WorkingCalendar calendar) {
    Instant date = of(step, variables, calendar);
    return step.waktu() == null ? date : calendar.minus(date, step.waktu(), step.calendar());
  }

  /** The date itself (the event's day), without the step's lead time. */
  static Instant of(SopStep step, VariableScope variables, WorkingCalendar calendar) {
    String name = step.tenggatDari();
    Object value = variables.getVariable(name);
    Instant date = value == null ? null : read(value, step.calendar(), calendar);
    if (date == null) {
      // staff meet this in Tasklist, so it speaks their language
      throw new BadUserRequestException("Langkah '" + step.activityId() + "' bertenggat pada tanggal di variabel '"
          + name + "' (sop.tenggat-dari), tetapi " + (value == null ? "variabel itu belum diisi"
          : "nilainya '" + value + "' bukan tanggal seperti 2026-12-05 atau 2026-12-05T09:00")
          + "; isi tanggalnya pada formulir atau permohonan sebelum langkah ini dimulai");
    }
    return date;
  }

  private static Instant read(Object value, CalendarKind kind, WorkingCalendar calendar) {
    if (value instanceof Date date) {
      return date.toInstant();
    } else if (value instanceof Instant instant) {
      return instant;
    } else if (value instanceof LocalDate date) {
      return calendar.endOf(date, kind);
    } else if (value instanceof LocalDateTime time) {
      return time.atZone(calendar.zone()).toInstant();
    } else if (value instanceof OffsetDateTime time) {
      return time.toInstant();
    } else if (value instanceof ZonedDateTime time) {
      return time.toInstant();
    } else if (value instanceof String text) {
      return parse(text.trim(), kind, calendar);
    }
    return null;
  }

  private static Instant parse(String text, CalendarKind kind, WorkingCalendar calendar) {
    try {
      if (text.length() == 10) {
        return calendar.endOf(LocalDate.parse(text), kind);
      }
      if (text.length() <= 19) {
        return LocalDateTime.parse(text).atZone(calendar.zone()).toInstant();
      }
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}

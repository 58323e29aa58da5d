package org.sopflow.survey;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.sopflow.calendar.WorkingCalendar;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored questionnaires: one per served instance, whichever way it came, and without naming it
 * (the survey is "tanpa nama"): which instances were answered is kept apart from the answers, and an
 * answer keeps only its SOP, service, source and day.
 */
@Component
public class SkmResponses {

  /** Online on the tracking page, or entered by an officer from paper. */
  public enum Source { ONLINE, KERTAS }

  /** The served instance a questionnaire judges. */
  public record Served(String processInstanceId, String sopKey, int sopVersion, String serviceKey) {
  }

  /** A second questionnaire for the same instance. */
  public static class AlreadyAnswered extends RuntimeException {
    AlreadyAnswered(String processInstanceId) {
      super("The survey of process instance '" + processInstanceId + "' has already been answered");
    }
  }

  private final JdbcClient jdbc;
  private final Clock clock;
  private final ZoneId zone;

  SkmResponses(JdbcClient jdbc, Clock clock, WorkingCalendar calendar) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.zone = calendar.zone();
  }

  public boolean answered(String processInstanceId) {
    return jdbc.sql("SELECT COUNT(*) FROM sop_skm_answered WHERE process_instance_id = ?").param(processInstanceId)
        .query(Long.class).single() > 0;
  }

  /**
   * Stores the answer, dated by its day only; a second one for the instance is refused (the key of
   * the answered instances decides, on every node, and nothing of the second is stored).
   */
  @Transactional
  public void record(Served served, SkmAnswer answer, Source source, String enteredBy) {
    claim(served.processInstanceId());
    Instant day = clock.instant().atZone(zone).truncatedTo(ChronoUnit.DAYS).toInstant();
    List<Object> values = new ArrayList<>(List.of(UUID.randomUUID().toString(),
        served.sopKey(), served.sopVersion(), served.serviceKey(), utc(day), source.name().toLowerCase()));
    values.add(enteredBy);
    for (Unsur unsur : Unsur.values()) {
      values.add(answer.values().get(unsur));
    }
    values.addAll(java.util.Arrays.asList(answer.jenisKelamin(), answer.usia(), answer.pendidikan(), answer.pekerjaan(),
        answer.saran()));
    jdbc.sql("INSERT INTO sop_skm_response (id, process_definition_key, process_definition_version,"
        + " service_key, answered_at, source, entered_by, u1, u2, u3, u4, u5, u6, u7, u8, u9, jenis_kelamin, usia,"
        + " pendidikan, pekerjaan, saran) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(values).update();
  }

  /** Marks the instance answered (by the SKM or the internal survey); refused when it already is, on every node. */
  void claim(String processInstanceId) {
    try {
      jdbc.sql("INSERT INTO sop_skm_answered (process_instance_id) VALUES (?)").param(processInstanceId).update();
    } catch (DuplicateKeyException e) {
      throw new AlreadyAnswered(processInstanceId);
    }
  }

  /** The values of one stored questionnaire, for the report. */
  record Row(String serviceKey, int[] values) {
  }

  /** The questionnaires answered in {@code [from, to)}. */
  List<Row> between(Instant from, Instant to) {
    return jdbc.sql("SELECT service_key, u1, u2, u3, u4, u5, u6, u7, u8, u9"
        + " FROM sop_skm_response WHERE answered_at >= ? AND answered_at < ?").params(utc(from), utc(to))
        .query((row, number) -> {
          int[] values = new int[Unsur.values().length];
          for (int i = 0; i < values.length; i++) {
            values[i] = row.getInt(2 + i); // 0 when not answered (SQL NULL)
          }
          return new Row(row.getString(1), values);
        }).list();
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}

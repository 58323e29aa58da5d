package org.sopflow.survey;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The stored questionnaires: one per served instance, whichever way it came. */
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

  SkmResponses(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public boolean answered(String processInstanceId) {
    return jdbc.sql("SELECT COUNT(*) FROM sop_skm_response WHERE process_instance_id = ?").param(processInstanceId)
        .query(Long.class).single() > 0;
  }

  /** Stores the answer; a second one for the instance is refused (the unique key decides, on every node). */
  public void record(Served served, SkmAnswer answer, Source source, String enteredBy) {
    List<Object> values = new ArrayList<>(List.of(UUID.randomUUID().toString(), served.processInstanceId(),
        served.sopKey(), served.sopVersion(), served.serviceKey(), utc(clock.instant()), source.name().toLowerCase()));
    values.add(enteredBy);
    for (Unsur unsur : Unsur.values()) {
      values.add(answer.values().get(unsur));
    }
    values.addAll(java.util.Arrays.asList(answer.jenisKelamin(), answer.usia(), answer.pendidikan(), answer.pekerjaan(),
        answer.saran()));
    try {
      jdbc.sql("INSERT INTO sop_skm_response (id, process_instance_id, process_definition_key, process_definition_version,"
          + " service_key, answered_at, source, entered_by, u1, u2, u3, u4, u5, u6, u7, u8, u9, jenis_kelamin, usia,"
          + " pendidikan, pekerjaan, saran) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(values).update();
    } catch (DuplicateKeyException e) {
      throw new AlreadyAnswered(served.processInstanceId());
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

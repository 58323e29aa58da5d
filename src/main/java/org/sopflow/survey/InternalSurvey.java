package org.sopflow.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.model.ServiceStandards;
import org.sopflow.model.StandarPelayanan;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The internal survey of the services the office gives other agencies and staff ({@code
 * layanan-internal: true} in their Standar Pelayanan): one question, satisfied or not, once per
 * served request, reported as the percentage satisfied per service, as the office publishes it
 * beside the SKM (evaluasi 27 Oktober 2025: video conference 87 %, iklan radio 84 %, ...). Answers
 * keep no instance, as the SKM's.
 */
@Component
public class InternalSurvey {

  private final JdbcClient jdbc;
  private final SkmResponses responses;
  private final ServiceStandards standards;
  private final Clock clock;
  private final ZoneId zone;

  InternalSurvey(JdbcClient jdbc, SkmResponses responses, ServiceStandards standards, Clock clock,
                 WorkingCalendar calendar) {
    this.jdbc = jdbc;
    this.responses = responses;
    this.standards = standards;
    this.clock = clock;
    this.zone = calendar.zone();
  }

  /** Whether the service is rated by this survey rather than the SKM. */
  public boolean covers(String serviceKey) {
    return standards.all().stream().anyMatch(standard -> standard.key().equals(serviceKey) && standard.layananInternal());
  }

  /** Stores one answer, dated by its day; a second one for the same request is refused as the SKM's is. */
  @Transactional
  public void record(SkmResponses.Served served, boolean satisfied, String saran, SkmResponses.Source source,
                     String enteredBy) {
    if (saran != null && saran.length() > SkmAnswer.SARAN_LENGTH) {
      throw new IllegalArgumentException("saran: longer than " + SkmAnswer.SARAN_LENGTH + " characters");
    }
    responses.claim(served.processInstanceId());
    Instant day = clock.instant().atZone(zone).truncatedTo(ChronoUnit.DAYS).toInstant();
    jdbc.sql("INSERT INTO sop_internal_response (id, process_definition_key, service_key, answered_at, source,"
            + " entered_by, satisfied, saran) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(UUID.randomUUID().toString(), served.sopKey(), served.serviceKey(), Timestamp.from(day),
            source.name().toLowerCase(), enteredBy, satisfied, saran == null || saran.isBlank() ? null : saran.trim())
        .update();
  }

  /** One service's answers in a period. */
  public record Result(String key, String nama, long responden, long puas, Double persenPuas, String persen) {

    static Result of(StandarPelayanan standard, long respondents, long satisfied) {
      if (respondents == 0) {
        return new Result(standard.key(), standard.nama(), 0, 0, null, "–");
      }
      BigDecimal percent = BigDecimal.valueOf(satisfied * 100L).divide(BigDecimal.valueOf(respondents), 2,
          RoundingMode.HALF_UP);
      return new Result(standard.key(), standard.nama(), respondents, satisfied, percent.doubleValue(),
          percent.setScale(0, RoundingMode.HALF_UP) + " %");
    }
  }

  /** The internal services the reader may see, each with its answers in {@code [from, to)}. */
  List<Result> results(Instant from, Instant to, java.util.function.Predicate<StandarPelayanan> shown) {
    Map<String, long[]> counts = jdbc.sql("SELECT service_key, COUNT(*), SUM(CASE WHEN satisfied THEN 1 ELSE 0 END)"
            + " FROM sop_internal_response WHERE answered_at >= ? AND answered_at < ? GROUP BY service_key")
        .params(Timestamp.from(from), Timestamp.from(to))
        .query((row, n) -> Map.entry(row.getString(1), new long[] {row.getLong(2), row.getLong(3)})).list().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    return standards.all().stream().filter(StandarPelayanan::layananInternal).filter(shown)
        .map(standard -> {
          long[] count = counts.getOrDefault(standard.key(), new long[2]);
          return Result.of(standard, count[0], count[1]);
        }).toList();
  }
}

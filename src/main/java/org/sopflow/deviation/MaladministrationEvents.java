package org.sopflow.deviation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.sopflow.model.SopSelection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read side of the maladministration log, outside engine commands: the events for the API and
 * the reports, the counts for the metrics and timing, and the verification of the hash chain. The
 * one module that reads {@code sop_maladministration_event}.
 */
@Component
public class MaladministrationEvents {

  private final JdbcClient jdbc;
  private final ChainCheckpoints checkpoints;

  MaladministrationEvents(JdbcClient jdbc, ChainCheckpoints checkpoints) {
    this.jdbc = jdbc;
    this.checkpoints = checkpoints;
  }

  /** Reads the log of the given database (for tools and tests without the application; no checkpoints). */
  public static MaladministrationEvents on(DataSource dataSource) {
    return new MaladministrationEvents(JdbcClient.create(dataSource), new ChainCheckpoints(
        new EventChainProperties(null, Duration.ofHours(1), null), Clock.systemUTC()));
  }

  /** Events matching the filter, newest first. */
  public List<MaladministrationEvent> find(EventFilter filter, int page, int size) {
    List<Object> parameters = new ArrayList<>();
    String where = filter.where(parameters);
    parameters.add(size);
    parameters.add((long) page * size);
    return jdbc.sql("SELECT " + MaladministrationLog.COLUMNS + " FROM sop_maladministration_event" + where
            + " ORDER BY sequence DESC LIMIT ? OFFSET ?").params(utc(parameters))
        .query((row, number) -> MaladministrationLog.read(row)).list();
  }

  /** The events of the given process instances, in the log's order (for the event log of their runs). */
  public List<MaladministrationEvent> ofInstances(Collection<String> processInstanceIds) {
    if (processInstanceIds.isEmpty()) {
      return List.of();
    }
    String in = String.join(",", Collections.nCopies(processInstanceIds.size(), "?"));
    return jdbc.sql("SELECT " + MaladministrationLog.COLUMNS + " FROM sop_maladministration_event"
            + " WHERE process_instance_id IN (" + in + ") ORDER BY sequence").params(List.copyOf(processInstanceIds))
        .query((row, number) -> MaladministrationLog.read(row)).list();
  }

  public long count(EventFilter filter) {
    List<Object> parameters = new ArrayList<>();
    String where = filter.where(parameters);
    return jdbc.sql("SELECT COUNT(*) FROM sop_maladministration_event" + where).params(utc(parameters))
        .query(Long.class).single();
  }

  /**
   * Recomputes the whole chain in sequence order, then checks it against its head (so cutting the
   * last events shows) and against the checkpoints written outside the database (so rewriting the
   * chain and its head shows too).
   */
  public ChainVerification verify() {
    List<MaladministrationEvent> events = jdbc.sql("SELECT " + MaladministrationLog.COLUMNS
        + " FROM sop_maladministration_event ORDER BY sequence").query((row, number) -> MaladministrationLog.read(row))
        .list();
    Map<Long, String> hashes = new HashMap<>();
    String previous = EventChain.GENESIS;
    long expectedSequence = 1;
    for (MaladministrationEvent event : events) {
      boolean intact = event.sequence() == expectedSequence && event.previousHash().equals(previous)
          && event.hash().equals(EventChain.hash(previous, event));
      if (!intact) {
        return ChainVerification.broken(events.size(), Math.min(event.sequence(), expectedSequence),
            "event " + expectedSequence + " is missing, changed or out of order", checkpoints.anchoredSequence());
      }
      hashes.put(event.sequence(), event.hash());
      previous = event.hash();
      expectedSequence++;
    }
    Head head = head();
    if (head.sequence() != events.size() || !head.hash().equals(previous)) {
      return ChainVerification.broken(events.size(), expectedSequence, "the chain's head records " + head.sequence()
          + " events, the log holds " + events.size() + ": its tail was cut", checkpoints.anchoredSequence());
    }
    String checkpointProblem = checkpoints.check(hashes);
    if (checkpointProblem != null) {
      return ChainVerification.broken(events.size(), null, checkpointProblem, checkpoints.anchoredSequence());
    }
    return new ChainVerification(true, events.size(), null, null, checkpoints.anchoredSequence());
  }

  /**
   * The answer of {@code /api/maladministration/verify}.
   *
   * @param firstBrokenSequence the first event that does not verify (null when the chain is whole)
   * @param problem why not, or null
   * @param anchoredSequence the last event a checkpoint outside the database confirms (0 for none)
   */
  public record ChainVerification(boolean valid, long events, Long firstBrokenSequence, String problem,
                                  long anchoredSequence) {

    static ChainVerification broken(long events, Long firstBrokenSequence, String problem, long anchoredSequence) {
      return new ChainVerification(false, events, firstBrokenSequence, problem, anchoredSequence);
    }
  }

  /** The chain's head: how many events were appended, and the last one's hash. */
  Head head() {
    return jdbc.sql("SELECT last_sequence, last_hash FROM sop_event_chain_head WHERE id = 1")
        .query((row, number) -> new Head(row.getLong(1), row.getString(2).trim())).single();
  }

  record Head(long sequence, String hash) {
  }

  /** How many events each rule recorded, with its category, over the whole log. */
  public List<RuleCount> countsByRule() {
    return jdbc.sql("SELECT category, rule, COUNT(*) FROM sop_maladministration_event GROUP BY category, rule")
        .query((row, number) -> new RuleCount(Category.valueOf(row.getString(1)), Rule.valueOf(row.getString(2)),
            row.getLong(3))).list();
  }

  public record RuleCount(Category category, Rule rule, long events) {
  }

  /**
   * Per SOP key, the events that occurred in {@code [from, to)} by category; only one SOP (and one
   * version of it) when {@code key} (and {@code version}) are given.
   */
  public Map<String, Map<String, Long>> countsBySopAndCategory(Instant from, Instant to, String key, Integer version) {
    List<Object> parameters = new ArrayList<>(List.of(from, to));
    String sql = "SELECT process_definition_key, category, COUNT(*) FROM sop_maladministration_event"
        + " WHERE occurred_at >= ? AND occurred_at < ?" + new SopSelection(key, version).conditions(parameters);
    Map<String, Map<String, Long>> events = new HashMap<>();
    jdbc.sql(sql + " GROUP BY process_definition_key, category").params(utc(parameters)).query(row -> {
      events.computeIfAbsent(row.getString(1), k -> new TreeMap<>()).put(row.getString(2), row.getLong(3));
    });
    return events;
  }

  /** Of one SOP (all versions), per step (activity id), the events of each rule that occurred in {@code [from, to)}. */
  public Map<String, Map<Rule, Long>> countsByStepAndRule(Instant from, Instant to, String key) {
    Map<String, Map<Rule, Long>> counts = new HashMap<>();
    jdbc.sql("SELECT activity_id, rule, COUNT(*) FROM sop_maladministration_event WHERE process_definition_key = ?"
            + " AND occurred_at >= ? AND occurred_at < ? AND activity_id IS NOT NULL GROUP BY activity_id, rule")
        .params(utc(List.of(key, from, to))).query(row -> {
          counts.computeIfAbsent(row.getString(1), k -> new java.util.EnumMap<>(Rule.class))
              .put(Rule.valueOf(row.getString(2)), row.getLong(3));
        });
    return counts;
  }

  /** Per SOP key and step (activity id), the events naming one of the roles that occurred in {@code [from, to)}. */
  public Map<List<String>, Long> countsByStepOfRoles(Collection<String> roles, Instant from, Instant to) {
    Map<List<String>, Long> counts = new HashMap<>();
    if (roles.isEmpty()) {
      return counts;
    }
    List<Object> parameters = new ArrayList<>(roles);
    parameters.add(from);
    parameters.add(to);
    jdbc.sql("SELECT process_definition_key, activity_id, COUNT(*) FROM sop_maladministration_event WHERE role IN ("
            + String.join(", ", java.util.Collections.nCopies(roles.size(), "?")) + ") AND occurred_at >= ?"
            + " AND occurred_at < ? GROUP BY process_definition_key, activity_id")
        .params(utc(parameters)).query(row -> {
          counts.put(java.util.Arrays.asList(row.getString(1), row.getString(2)), row.getLong(3));
        });
    return counts;
  }

  /** Instants as UTC timestamps, as the log stores them; both drivers take OffsetDateTime. */
  static List<Object> utc(List<Object> parameters) {
    return parameters.stream().map(parameter -> parameter instanceof Instant instant
        ? (Object) OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : parameter).toList();
  }
}

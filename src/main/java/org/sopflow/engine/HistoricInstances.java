package org.sopflow.engine;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;

/**
 * Camunda's history of process instances and their activities, read with plain SQL for the pages and
 * exports that read much and often (the public tracking page, the XES log, the staff's lists of
 * finished cases). Read without Camunda's authorization checks: the caller decides who may see what.
 * The one place outside Camunda that names its history tables.
 */
@NamedInterface("history")
public class HistoricInstances {

  /** A process instance as Camunda's history knows it; {@code endedAt} and {@code endActivityId} null while it runs. */
  @NamedInterface("history")
  public record HistoricInstance(String id, String businessKey, String definitionId, int definitionVersion,
                                 Instant startedAt, Instant endedAt, String endActivityId, String state) {
  }

  /** One activity instance (a step, an event, a gateway) of a process instance. */
  @NamedInterface("history")
  public record HistoricActivity(String processInstanceId, String activityId, String activityName, String assignee,
                                 Instant startedAt, Instant endedAt) {
  }

  private static final String INSTANCE = "SELECT p.ID_, p.BUSINESS_KEY_, p.PROC_DEF_ID_, d.VERSION_, p.START_TIME_,"
      + " p.END_TIME_, p.END_ACT_ID_, p.STATE_ FROM ACT_HI_PROCINST p JOIN ACT_RE_PROCDEF d ON d.ID_ = p.PROC_DEF_ID_";

  /** Camunda's grants of READ on a case's history (need to know) to a group. */
  private static final String HISTORY_READ_GRANT = "a.RESOURCE_TYPE_ = "
      + Resources.HISTORIC_PROCESS_INSTANCE.resourceType() + " AND a.TYPE_ = " + Authorization.AUTH_TYPE_GRANT
      + " AND a.GROUP_ID_ IS NOT NULL AND MOD(a.PERMS_ / 2, 2) = 1";

  private final JdbcClient jdbc;
  private final DataSource dataSource;

  HistoricInstances(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
    this.dataSource = dataSource;
  }

  public Optional<HistoricInstance> find(String processInstanceId) {
    return jdbc.sql(INSTANCE + " WHERE p.ID_ = ?").param(processInstanceId).query((row, number) -> instance(row))
        .optional();
  }

  /**
   * The instances of a process started in {@code [from, to)}, in start order, handed on a batch at a
   * time from one cursor: only a batch is held, however many there are. Call it inside a read-only
   * transaction (PostgreSQL streams through a cursor only inside one); returns how many were read.
   */
  public long startedBetween(String processDefinitionKey, Instant from, Instant to, int batchSize,
                             Consumer<List<HistoricInstance>> batches) {
    JdbcTemplate cursor = new JdbcTemplate(dataSource);
    cursor.setFetchSize(batchSize);
    List<HistoricInstance> batch = new ArrayList<>(batchSize);
    long read = 0;
    try (Stream<HistoricInstance> instances = cursor.queryForStream(INSTANCE
            + " WHERE p.PROC_DEF_KEY_ = ? AND p.START_TIME_ >= ? AND p.START_TIME_ < ? ORDER BY p.START_TIME_, p.ID_",
        (row, number) -> instance(row), processDefinitionKey, Timestamp.from(from), Timestamp.from(to))) {
      for (Iterator<HistoricInstance> rows = instances.iterator(); rows.hasNext(); ) {
        batch.add(rows.next());
        read++;
        if (batch.size() == batchSize || !rows.hasNext()) {
          batches.accept(List.copyOf(batch));
          batch.clear();
        }
      }
    }
    return read;
  }

  /**
   * An SQL query, for a table of a feature module, selecting the finished cases as lists show them:
   * {@code process_instance_id}, {@code business_key}, {@code process_definition_key},
   * {@code started_at}, {@code ended_at}, {@code state}.
   */
  public static String finishedCases() {
    return cases("h.END_TIME_", "h.STATE_") + " WHERE h.END_TIME_ IS NOT NULL";
  }

  /**
   * As {@link #finishedCases}, once for each group granted READ on the case's history (need to know),
   * the group as {@code group_id}.
   */
  public static String finishedCasesByReadingGroup() {
    return byReadingGroup(finishedCases());
  }

  /**
   * As {@link #finishedCasesByReadingGroup}, for one case ending in the running command, whose end
   * the history does not hold yet: its id, end and state given as SQL (in this order in the text:
   * end, state, id).
   */
  public static String endingCaseByReadingGroup(String processInstanceIdSql, String endedAtSql, String stateSql) {
    return byReadingGroup(cases(endedAtSql, stateSql) + " WHERE h.ID_ = " + processInstanceIdSql);
  }

  private static String cases(String endedAt, String state) {
    return "SELECT h.ID_ AS process_instance_id, h.BUSINESS_KEY_ AS business_key, h.PROC_DEF_KEY_ AS"
        + " process_definition_key, h.START_TIME_ AS started_at, " + endedAt + " AS ended_at, " + state
        + " AS state FROM ACT_HI_PROCINST h";
  }

  private static String byReadingGroup(String cases) {
    return "SELECT a.GROUP_ID_ AS group_id, c.* FROM (" + cases + ") c JOIN ACT_RU_AUTHORIZATION a"
        + " ON a.RESOURCE_ID_ = c.process_instance_id AND " + HISTORY_READ_GRANT;
  }

  /** The activities of the given instances, in the order they started. */
  public List<HistoricActivity> activities(Collection<String> processInstanceIds) {
    if (processInstanceIds.isEmpty()) {
      return List.of();
    }
    String in = String.join(",", Collections.nCopies(processInstanceIds.size(), "?"));
    return jdbc.sql("SELECT PROC_INST_ID_, ACT_ID_, ACT_NAME_, ASSIGNEE_, START_TIME_, END_TIME_ FROM ACT_HI_ACTINST"
            + " WHERE PROC_INST_ID_ IN (" + in + ") ORDER BY START_TIME_, SEQUENCE_COUNTER_")
        .params(List.copyOf(processInstanceIds))
        .query((row, number) -> new HistoricActivity(row.getString(1), row.getString(2), row.getString(3),
            row.getString(4), instant(row.getTimestamp(5)), instant(row.getTimestamp(6)))).list();
  }

  /** How many finished instances of each SOP Camunda's history clean-up removes on each day (UTC). */
  @NamedInterface("history")
  public record Removals(String processDefinitionKey, LocalDate day, long instances) {
  }

  /** The removals to come, by SOP and day: the instances that ended and got their removal time. */
  public List<Removals> removalsToCome() {
    return jdbc.sql("SELECT PROC_DEF_KEY_, CAST(REMOVAL_TIME_ AS DATE), COUNT(*) FROM ACT_HI_PROCINST"
            + " WHERE REMOVAL_TIME_ IS NOT NULL GROUP BY PROC_DEF_KEY_, CAST(REMOVAL_TIME_ AS DATE)"
            + " ORDER BY PROC_DEF_KEY_, CAST(REMOVAL_TIME_ AS DATE)")
        .query((row, number) -> new Removals(row.getString(1), row.getDate(2).toLocalDate(), row.getLong(3))).list();
  }

  /**
   * Deletes the grants on one case (its process instance or its history) that Camunda no longer
   * knows: the case grants of {@link EngineTransaction#grantOnCase} name no root instance, so
   * Camunda's clean-up leaves them. Returns how many went.
   */
  public int deleteGrantsOfRemovedCases() {
    return jdbc.sql("DELETE FROM ACT_RU_AUTHORIZATION WHERE RESOURCE_TYPE_ IN (?, ?) AND RESOURCE_ID_ <> '*' AND "
            + caseRemoved("ACT_RU_AUTHORIZATION.RESOURCE_ID_"))
        .params(Resources.PROCESS_INSTANCE.resourceType(), Resources.HISTORIC_PROCESS_INSTANCE.resourceType())
        .update();
  }

  /**
   * An SQL condition, for a table of a feature module, that holds for a row whose case Camunda no
   * longer knows: its history was removed (the clean-up after retention, or an admin deleting it).
   * {@code processInstanceIdColumn} names the row's column holding the process instance id.
   */
  public static String caseRemoved(String processInstanceIdColumn) {
    return "NOT EXISTS (SELECT 1 FROM ACT_HI_PROCINST h WHERE h.ID_ = " + processInstanceIdColumn + ")";
  }

  private static HistoricInstance instance(ResultSet row) throws SQLException {
    return new HistoricInstance(row.getString(1), row.getString(2), row.getString(3), row.getInt(4),
        instant(row.getTimestamp(5)), instant(row.getTimestamp(6)), row.getString(7), row.getString(8));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}

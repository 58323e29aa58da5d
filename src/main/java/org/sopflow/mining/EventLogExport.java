package org.sopflow.mining;

import java.io.OutputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import javax.xml.stream.XMLStreamException;
import org.sopflow.catalog.DeployedSop;
import org.sopflow.catalog.SopCatalog;
import org.sopflow.deviation.Rule;
import org.sopflow.mining.XesWriter.LogEvent;
import org.sopflow.model.SopDefinition;
import org.sopflow.model.SopStep;
import org.sopflow.monitoring.TimingWindow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;

/**
 * The runs of one SOP as an XES event log, for process-mining tools: one trace per instance started in
 * the window (named by its business key), each step's start and complete with its lane role and the
 * user, and the instance's maladministration events. Read from Camunda's history through one cursor,
 * a batch of instances at a time, and written as it is read, so the memory used does not grow with
 * the number of runs.
 */
@Component
class EventLogExport {

  static final int BATCH = 500;

  private final JdbcClient jdbc;
  private final JdbcTemplate cursor;
  private final TransactionTemplate readOnly;
  private final SopCatalog catalog;

  EventLogExport(DataSource dataSource, PlatformTransactionManager transactions, SopCatalog catalog) {
    this.jdbc = JdbcClient.create(dataSource);
    this.cursor = new JdbcTemplate(dataSource);
    this.cursor.setFetchSize(BATCH);
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
    this.catalog = catalog;
  }

  /** Writes the log; the number of traces written is returned. */
  long write(DeployedSop sop, TimingWindow window, ZoneId zone, OutputStream out) throws XMLStreamException {
    try (XesWriter xes = new XesWriter(out, zone)) {
      xes.startLog(sop.sop().name(), List.of(new String[] {"sop.key", sop.sop().key()},
          new String[] {"sop.nomor", Optional.ofNullable(sop.sop().identity().get("nomor")).orElse("")},
          new String[] {"sop.from", window.from().toString()}, new String[] {"sop.to", window.to().toString()}));
      // one read-only transaction: PostgreSQL streams a query's rows through a cursor only inside one
      Long traces = readOnly.execute(status -> traces(sop.sop().key(), window, xes));
      return traces == null ? 0 : traces;
    }
  }

  /**
   * The instances in start order, read through one query a batch at a time (the rows of a batch are
   * all that is held), each batch's steps and events read with two more queries.
   */
  private long traces(String key, TimingWindow window, XesWriter xes) {
    Map<String, Optional<SopDefinition>> models = new HashMap<>();
    List<Instance> batch = new ArrayList<>(BATCH);
    long traces = 0;
    try (Stream<Instance> instances = cursor.queryForStream("SELECT p.ID_, p.BUSINESS_KEY_, p.PROC_DEF_ID_, d.VERSION_,"
        + " p.START_TIME_ FROM ACT_HI_PROCINST p JOIN ACT_RE_PROCDEF d ON d.ID_ = p.PROC_DEF_ID_"
        + " WHERE p.PROC_DEF_KEY_ = ? AND p.START_TIME_ >= ? AND p.START_TIME_ < ? ORDER BY p.START_TIME_, p.ID_",
        (row, number) -> new Instance(row.getString(1), row.getString(2), row.getString(3), row.getInt(4)),
        key, timestamp(window.from()), timestamp(window.to()))) {
      for (Iterator<Instance> rows = instances.iterator(); rows.hasNext(); ) {
        batch.add(rows.next());
        if (batch.size() == BATCH || !rows.hasNext()) {
          traces += write(batch, models, xes);
          batch.clear();
        }
      }
    }
    return traces;
  }

  private int write(List<Instance> batch, Map<String, Optional<SopDefinition>> models, XesWriter xes) {
    Map<String, List<LogEvent>> events = events(batch, models);
    try {
      for (Instance instance : batch) {
        trace(xes, instance, events.getOrDefault(instance.id(), List.of()));
      }
    } catch (XMLStreamException e) {
      throw new IllegalStateException("The event log could not be written", e);
    }
    return batch.size();
  }

  private static void trace(XesWriter xes, Instance instance, List<LogEvent> events) throws XMLStreamException {
    xes.startTrace(instance.businessKey() != null ? instance.businessKey() : instance.id(), List.of(
        new String[] {"sop.instance", instance.id()}, new String[] {"sop.version", String.valueOf(instance.version())}));
    for (LogEvent event : events) {
      xes.event(event);
    }
    xes.endTrace();
  }

  /** One process instance of the SOP. */
  record Instance(String id, String businessKey, String definitionId, int version) {
  }

  /** Per instance of the batch, its steps' starts and completions and its maladministration events, in time order. */
  private Map<String, List<LogEvent>> events(List<Instance> batch, Map<String, Optional<SopDefinition>> models) {
    Map<String, String> definitions = new HashMap<>();
    batch.forEach(instance -> definitions.put(instance.id(), instance.definitionId()));
    String in = String.join(",", Collections.nCopies(batch.size(), "?"));
    List<Object> ids = new ArrayList<>(definitions.keySet());
    Map<String, List<LogEvent>> events = new HashMap<>();
    jdbc.sql("SELECT PROC_INST_ID_, ACT_ID_, ACT_NAME_, ASSIGNEE_, START_TIME_, END_TIME_ FROM ACT_HI_ACTINST"
            + " WHERE PROC_INST_ID_ IN (" + in + ") ORDER BY START_TIME_, SEQUENCE_COUNTER_").params(ids).query(row -> {
          String instance = row.getString(1);
          String activityId = row.getString(2);
          Optional<SopStep> step = models.computeIfAbsent(definitions.get(instance), catalog::model)
              .flatMap(sop -> sop.step(activityId));
          if (step.isPresent()) {
            step(events.computeIfAbsent(instance, k -> new ArrayList<>()), step.get(), row.getString(3),
                row.getString(4), row.getTimestamp(5), row.getTimestamp(6));
          }
        });
    jdbc.sql("SELECT process_instance_id, rule, category, activity_id, role, user_id, occurred_at, detail"
            + " FROM sop_maladministration_event WHERE process_instance_id IN (" + in + ") ORDER BY sequence")
        .params(ids).query(row -> {
          Rule rule = Rule.valueOf(row.getString(2));
          List<String[]> attributes = new ArrayList<>();
          attributes.add(new String[] {"sop.rule", rule.name()});
          attributes.add(new String[] {"sop.category", row.getString(3)});
          if (row.getString(4) != null) {
            attributes.add(new String[] {"sop.activity", row.getString(4)});
          }
          if (row.getString(8) != null) {
            attributes.add(new String[] {"sop.detail", row.getString(8)});
          }
          events.computeIfAbsent(row.getString(1), k -> new ArrayList<>()).add(new LogEvent("Maladministrasi: "
              + rule.label(), "complete", row.getObject(7, OffsetDateTime.class).toInstant(), row.getString(5),
              row.getString(6), attributes));
        });
    events.values().forEach(Collections::sort); // stable: a step's start stays before its completion
    return events;
  }

  private static void step(List<LogEvent> events, SopStep step, String name, String assignee, Timestamp start,
                           Timestamp end) {
    String label = name != null ? name : step.activityId();
    List<String[]> attributes = List.<String[]>of(new String[] {"sop.activity", step.activityId()});
    events.add(new LogEvent(label, "start", start.toInstant(), step.role(), null, attributes));
    if (end != null) {
      events.add(new LogEvent(label, "complete", end.toInstant(), step.role(), assignee, attributes));
    }
  }

  private static Timestamp timestamp(Instant instant) {
    return Timestamp.from(instant);
  }
}

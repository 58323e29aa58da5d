package org.sopflow.mining;

import java.io.OutputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import org.sopflow.catalog.DeployedSop;
import org.sopflow.catalog.SopCatalog;
import org.sopflow.deviation.MaladministrationEvent;
import org.sopflow.deviation.MaladministrationEvents;
import org.sopflow.engine.HistoricInstances;
import org.sopflow.engine.HistoricInstances.HistoricActivity;
import org.sopflow.engine.HistoricInstances.HistoricInstance;
import org.sopflow.mining.XesWriter.LogEvent;
import org.sopflow.model.SopDefinition;
import org.sopflow.model.SopProperty;
import org.sopflow.model.SopStep;
import org.sopflow.monitoring.TimingWindow;
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

  private final HistoricInstances history;
  private final MaladministrationEvents maladministration;
  private final TransactionTemplate readOnly;
  private final SopCatalog catalog;

  EventLogExport(HistoricInstances history, MaladministrationEvents maladministration,
                 PlatformTransactionManager transactions, SopCatalog catalog) {
    this.history = history;
    this.maladministration = maladministration;
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
    this.catalog = catalog;
  }

  /** Writes the log; the number of traces written is returned. */
  long write(DeployedSop sop, TimingWindow window, ZoneId zone, OutputStream out) throws XMLStreamException {
    try (XesWriter xes = new XesWriter(out, zone)) {
      xes.startLog(sop.sop().name(), List.of(new String[] {"sop.key", sop.sop().key()},
          new String[] {"sop.nomor", Optional.ofNullable(sop.sop().identity(SopProperty.NOMOR)).orElse("")},
          new String[] {"sop.from", window.from().toString()}, new String[] {"sop.to", window.to().toString()}));
      Map<String, Optional<SopDefinition>> models = new HashMap<>();
      // one read-only transaction: PostgreSQL streams a query's rows through a cursor only inside one
      Long traces = readOnly.execute(status -> history.startedBetween(sop.sop().key(), window.from(), window.to(),
          BATCH, batch -> write(batch, models, xes)));
      return traces == null ? 0 : traces;
    }
  }

  private void write(List<HistoricInstance> batch, Map<String, Optional<SopDefinition>> models, XesWriter xes) {
    Map<String, List<LogEvent>> events = events(batch, models);
    try {
      for (HistoricInstance instance : batch) {
        trace(xes, instance, events.getOrDefault(instance.id(), List.of()));
      }
    } catch (XMLStreamException e) {
      throw new IllegalStateException("The event log could not be written", e);
    }
  }

  private static void trace(XesWriter xes, HistoricInstance instance, List<LogEvent> events)
      throws XMLStreamException {
    xes.startTrace(instance.businessKey() != null ? instance.businessKey() : instance.id(), List.of(
        new String[] {"sop.instance", instance.id()},
        new String[] {"sop.version", String.valueOf(instance.definitionVersion())}));
    for (LogEvent event : events) {
      xes.event(event);
    }
    xes.endTrace();
  }

  /** Per instance of the batch, its steps' starts and completions and its maladministration events, in time order. */
  private Map<String, List<LogEvent>> events(List<HistoricInstance> batch, Map<String, Optional<SopDefinition>> models) {
    Map<String, String> definitions = new HashMap<>();
    batch.forEach(instance -> definitions.put(instance.id(), instance.definitionId()));
    Map<String, List<LogEvent>> events = new HashMap<>();
    for (HistoricActivity activity : history.activities(definitions.keySet())) {
      models.computeIfAbsent(definitions.get(activity.processInstanceId()), catalog::model)
          .flatMap(sop -> sop.step(activity.activityId()))
          .ifPresent(step -> step(events.computeIfAbsent(activity.processInstanceId(), k -> new ArrayList<>()), step,
              activity));
    }
    for (MaladministrationEvent event : maladministration.ofInstances(definitions.keySet())) {
      events.computeIfAbsent(event.processInstanceId(), k -> new ArrayList<>()).add(logEvent(event));
    }
    events.values().forEach(Collections::sort); // stable: a step's start stays before its completion
    return events;
  }

  private static LogEvent logEvent(MaladministrationEvent event) {
    List<String[]> attributes = new ArrayList<>();
    attributes.add(new String[] {"sop.rule", event.rule().name()});
    attributes.add(new String[] {"sop.category", event.category().name()});
    if (event.activityId() != null) {
      attributes.add(new String[] {"sop.activity", event.activityId()});
    }
    if (event.detail() != null) {
      attributes.add(new String[] {"sop.detail", event.detail()});
    }
    return new LogEvent("Maladministrasi: " + event.rule().label(), "complete", event.occurredAt(), event.role(),
        event.userId(), attributes);
  }

  private static void step(List<LogEvent> events, SopStep step, HistoricActivity activity) {
    String label = activity.activityName() != null ? activity.activityName() : step.activityId();
    List<String[]> attributes = List.<String[]>of(new String[] {"sop.activity", step.activityId()});
    events.add(new LogEvent(label, "start", activity.startedAt(), step.role(), null, attributes));
    if (activity.endedAt() != null) {
      events.add(new LogEvent(label, "complete", activity.endedAt(), step.role(), activity.assignee(), attributes));
    }
  }
}

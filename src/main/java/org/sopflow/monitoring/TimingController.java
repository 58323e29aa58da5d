package org.sopflow.monitoring;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.sopflow.deadline.InstanceDeadlines;
import org.sopflow.monitoring.TimingFigures.Detail;
import org.sopflow.monitoring.TimingFigures.MonthTrend;
import org.sopflow.monitoring.TimingFigures.Overview;
import org.sopflow.print.TrendChart;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/timing}: how long the SOPs and their steps take against their standards, for the
 * readers of the maladministration log. {@code from} and {@code to} are ISO dates ({@code to}
 * included) or instants; {@code version} narrows to one version of the SOP.
 */
@RestController
@RequestMapping(path = "/api/timing", produces = "application/json")
class TimingController {

  private final TimingService timing;
  private final InstanceDeadlines instanceDeadlines;
  private final HistoryService history;

  TimingController(TimingService timing, InstanceDeadlines instanceDeadlines, HistoryService history) {
    this.timing = timing;
    this.instanceDeadlines = instanceDeadlines;
    this.history = history;
  }

  /** One instance's service deadline and its open tasks' standard deadlines (the Cockpit instance tab). */
  @GetMapping("/instances/{processInstanceId}")
  InstanceDeadlines.Deadlines instance(@PathVariable String processInstanceId) {
    boolean readable = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0;
    return instanceDeadlines.of(processInstanceId).filter(deadlines -> readable).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
        "No SOP instance '" + processInstanceId + "'"));
  }

  record WindowQuery(String from, String to, String version) {
  }

  @GetMapping
  Overview overview(WindowQuery query) {
    return timing.overview(window(query));
  }

  @GetMapping("/{key}")
  Detail detail(@PathVariable String key, WindowQuery query) {
    TimingWindow window = window(query);
    try {
      return timing.detail(key, window).orElseThrow(() ->
          new ResponseStatusException(HttpStatus.NOT_FOUND, "No SOP with key '" + key + "' is deployed"));
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
  }

  /** Month by month over the last {@code months} (default 12): steps on time and median step time against the standard. */
  @GetMapping("/{key}/trend")
  List<MonthTrend> trend(@PathVariable String key, @RequestParam(defaultValue = "12") String months) {
    try {
      return timing.trend(key, months(months)).orElseThrow(() ->
          new ResponseStatusException(HttpStatus.NOT_FOUND, "No SOP with key '" + key + "' is deployed"));
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
  }

  /** The same trend drawn as an SVG chart (Cockpit's dashboard shows it). */
  @GetMapping(path = "/{key}/trend.svg", produces = "image/svg+xml")
  String trendChart(@PathVariable String key, @RequestParam(defaultValue = "12") String months) {
    return TrendChart.svg("Tren " + key, trend(key, months));
  }

  private static int months(String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("months '" + value + "' is not a number of months");
    }
  }

  private TimingWindow window(WindowQuery query) {
    try {
      return timing.window(query.from(), query.to(), version(query.version()));
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
  }

  private static Integer version(String value) {
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("version '" + value + "' is not a number");
    }
  }
}

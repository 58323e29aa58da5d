package org.sopflow.monitoring;

import org.sopflow.deadline.InstanceDeadlines;
import org.sopflow.monitoring.TimingFigures.Detail;
import org.sopflow.monitoring.TimingFigures.Overview;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
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

  TimingController(TimingService timing, InstanceDeadlines instanceDeadlines) {
    this.timing = timing;
    this.instanceDeadlines = instanceDeadlines;
  }

  /** One instance's service deadline and its open tasks' standard deadlines (the Cockpit instance tab). */
  @GetMapping("/instances/{processInstanceId}")
  InstanceDeadlines.Deadlines instance(@PathVariable String processInstanceId) {
    return instanceDeadlines.of(processInstanceId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
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

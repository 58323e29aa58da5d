package org.sopflow.mining;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import javax.xml.stream.XMLStreamException;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.catalog.DeployedSop;
import org.sopflow.catalog.SopCatalog;
import org.sopflow.monitoring.TimingService;
import org.sopflow.monitoring.TimingWindow;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/sops/{key}/log.xes?from=&to=}: the SOP's runs started in the period (by default the
 * last six months) as an XES event log, for the readers of the maladministration log; streamed.
 */
@RestController
class XesController {

  static final String MEDIA_TYPE = "application/xml";

  private final EventLogExport export;
  private final SopCatalog catalog;
  private final TimingService timing;
  private final WorkingCalendar calendar;

  XesController(EventLogExport export, SopCatalog catalog, TimingService timing, WorkingCalendar calendar) {
    this.export = export;
    this.catalog = catalog;
    this.timing = timing;
    this.calendar = calendar;
  }

  @GetMapping(path = "/api/sops/{key}/log.xes", produces = MEDIA_TYPE)
  void log(@PathVariable String key, @RequestParam(required = false) String from,
           @RequestParam(required = false) String to, HttpServletResponse response) throws IOException {
    DeployedSop sop = catalog.latest(key).orElseThrow(() ->
        new ResponseStatusException(HttpStatus.NOT_FOUND, "No SOP with key '" + key + "' is deployed"));
    TimingWindow window;
    try {
      window = timing.window(from, to, null);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
    response.setContentType(MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + key + ".xes\"");
    try {
      export.write(sop, window, calendar.zone(), response.getOutputStream());
    } catch (XMLStreamException e) {
      throw new IOException("The event log of " + key + " could not be written", e);
    }
  }
}

package org.sopflow.deviation;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sopflow.calendar.DateParameter;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.catalog.SopCatalog;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/maladministration}: the log for camunda-admin members and for supervisor roles
 * (roles that some role of the catalogue reports to); everyone else gets 403.
 */
@RestController
@RequestMapping("/api/maladministration")
class MaladministrationController {

  private static final int MAX_PAGE_SIZE = 1000;

  private final MaladministrationEvents events;
  private final java.time.ZoneId zone;
  private final SopCatalog catalog;

  MaladministrationController(MaladministrationEvents events, WorkingCalendar calendar, SopCatalog catalog) {
    this.events = events;
    this.catalog = catalog;
    this.zone = calendar.zone();
  }

  /** The query parameters, one record for the JSON and the CSV answer alike. */
  record EventQuery(String processDefinitionKey, String processInstanceId, String category, String rule,
                    String role, String from, String to, Integer page, Integer size) {
  }

  @GetMapping(produces = "application/json")
  EventPage list(EventQuery query) {
    return page(query, 50);
  }

  @GetMapping(produces = "text/csv")
  String csv(EventQuery query) {
    return EventCsv.write(page(query, MAX_PAGE_SIZE).events());
  }

  private EventPage page(EventQuery query, int defaultSize) {
    int page = query.page() == null ? 0 : query.page();
    int size = query.size() == null ? defaultSize : query.size();
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      throw badRequest("page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE);
    }
    EventFilter filter = filter(query).within(catalog.latest().stream().map(sop -> sop.sop().key())
        .collect(Collectors.toSet()));
    return new EventPage(page, size, events.count(filter), events.find(filter, page, size), CATEGORY_LABELS);
  }

  private static final Map<Category, String> CATEGORY_LABELS = categoryLabels();

  private static Map<Category, String> categoryLabels() {
    Map<Category, String> labels = new EnumMap<>(Category.class);
    for (Category category : Category.values()) {
      labels.put(category, category.label());
    }
    return labels;
  }

  @GetMapping(path = "/verify", produces = "application/json")
  MaladministrationEvents.ChainVerification verify() {
    return events.verify();
  }

  /** @param categoryLabels the Indonesian name of every category, for tables keyed by category */
  record EventPage(int page, int size, long total, List<MaladministrationEvent> events,
                   Map<Category, String> categoryLabels) {
  }

  private EventFilter filter(EventQuery query) {
    return new EventFilter(query.processDefinitionKey(), query.processInstanceId(),
        parse("category", query.category(), Category::valueOf, Category.values()),
        parse("rule", query.rule(), Rule::valueOf, Rule.values()), query.role(),
        moment("from", query.from(), false), moment("to", query.to(), true));
  }

  private static <T> T parse(String field, String value, Function<String, T> parser, Object[] accepted) {
    try {
      return value == null ? null : parser.apply(value);
    } catch (IllegalArgumentException e) {
      throw badRequest(field + " '" + value + "' is not one of " + Arrays.toString(accepted));
    }
  }

  private Instant moment(String field, String value, boolean endOfDay) {
    try {
      return DateParameter.instant(field, value, zone, endOfDay);
    } catch (IllegalArgumentException e) {
      throw badRequest(e.getMessage());
    }
  }

  private static ResponseStatusException badRequest(String message) {
    return new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
  }
}

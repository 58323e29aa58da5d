package org.sopflow.deviation;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.sopflow.SopProperties;
import org.sopflow.roles.Role;
import org.sopflow.roles.RoleCatalogue;
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

  private final DataSource dataSource;
  private final IdentityService identityService;
  private final Set<String> readerGroups;
  private final java.time.ZoneId zone;

  MaladministrationController(DataSource dataSource, IdentityService identityService, RoleCatalogue catalogue,
                              SopProperties properties) {
    this.dataSource = dataSource;
    this.identityService = identityService;
    this.readerGroups = Stream.concat(Stream.of(Groups.CAMUNDA_ADMIN),
        catalogue.roles().stream().map(Role::supervisor).filter(Objects::nonNull)).collect(Collectors.toSet());
    this.zone = properties.calendar().zone();
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
    checkReader();
    int page = query.page() == null ? 0 : query.page();
    int size = query.size() == null ? defaultSize : query.size();
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      throw badRequest("page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE);
    }
    EventFilter filter = filter(query);
    try (Connection connection = dataSource.getConnection()) {
      return new EventPage(page, size, MaladministrationLog.count(connection, filter),
          MaladministrationLog.find(connection, filter, page, size));
    } catch (SQLException e) {
      throw new IllegalStateException("The maladministration log cannot be read", e);
    }
  }

  @GetMapping(path = "/verify", produces = "application/json")
  MaladministrationLog.ChainVerification verify() {
    checkReader();
    try (Connection connection = dataSource.getConnection()) {
      return MaladministrationLog.verify(connection);
    } catch (SQLException e) {
      throw new IllegalStateException("The maladministration log cannot be read", e);
    }
  }

  record EventPage(int page, int size, long total, List<MaladministrationEvent> events) {
  }

  private void checkReader() {
    Authentication user = identityService.getCurrentAuthentication();
    if (user == null || user.getGroupIds() == null || user.getGroupIds().stream().noneMatch(readerGroups::contains)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "The maladministration log is for camunda-admin and supervisor roles: " + readerGroups);
    }
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

  /** An ISO date (a whole day in the office's zone; {@code to} includes that day) or an ISO instant. */
  private Instant moment(String field, String value, boolean endOfDay) {
    if (value == null) {
      return null;
    }
    try {
      if (value.length() == 10) {
        LocalDate date = LocalDate.parse(value);
        return (endOfDay ? date.plusDays(1) : date).atStartOfDay(zone).toInstant();
      }
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw badRequest(field + " '" + value + "' is not an ISO date (2026-11-28) or instant (2026-11-28T03:00:00Z)");
    }
  }

  private static ResponseStatusException badRequest(String message) {
    return new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
  }
}

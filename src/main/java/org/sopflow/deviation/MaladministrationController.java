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
import org.springframework.web.bind.annotation.RequestParam;
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

  @GetMapping(produces = "application/json")
  EventPage list(@RequestParam(required = false) String processDefinitionKey,
                 @RequestParam(required = false) String processInstanceId,
                 @RequestParam(required = false) String category, @RequestParam(required = false) String rule,
                 @RequestParam(required = false) String role, @RequestParam(required = false) String from,
                 @RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page,
                 @RequestParam(defaultValue = "50") int size) {
    checkReader();
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      throw badRequest("page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE);
    }
    EventFilter filter = filter(processDefinitionKey, processInstanceId, category, rule, role, from, to);
    try (Connection connection = dataSource.getConnection()) {
      return new EventPage(page, size, MaladministrationLog.count(connection, filter),
          MaladministrationLog.find(connection, filter, page, size));
    } catch (SQLException e) {
      throw new IllegalStateException("The maladministration log cannot be read", e);
    }
  }

  @GetMapping(produces = "text/csv")
  String csv(@RequestParam(required = false) String processDefinitionKey,
             @RequestParam(required = false) String processInstanceId,
             @RequestParam(required = false) String category, @RequestParam(required = false) String rule,
             @RequestParam(required = false) String role, @RequestParam(required = false) String from,
             @RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page,
             @RequestParam(defaultValue = "1000") int size) {
    EventPage events = list(processDefinitionKey, processInstanceId, category, rule, role, from, to, page, size);
    return EventCsv.write(events.events());
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

  private EventFilter filter(String key, String instance, String category, String rule, String role, String from,
                             String to) {
    return new EventFilter(key, instance, parse("category", category, Category::valueOf, Category.values()),
        parse("rule", rule, Rule::valueOf, Rule.values()), role, moment("from", from, false), moment("to", to, true));
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

package org.sopflow.lint;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.sopflow.calendar.CalendarProperties;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.model.RoleCatalogue;

/**
 * Lints a processes folder without starting the server:
 * {@code java -jar sopflow.jar --lint processes/} or {@code mvn -q compile exec:java@lint}.
 * Prints one line per finding and a summary; the exit code is 1 when any error was found.
 */
public final class LintCommand {

  private LintCommand() {
  }

  /** Lints the folder and returns the exit code: 0 clean or warnings only, 1 errors, 2 the folder cannot be read. */
  public static int run(Path folder, PrintStream out) {
    RoleCatalogue roles;
    try {
      roles = RoleCatalogue.readFolder(folder);
    } catch (RoleCatalogue.InvalidRoleCatalogueException e) {
      out.println("ERROR " + e.getMessage());
      return 2;
    }
    WorkingCalendar calendar = new WorkingCalendar(
        new CalendarProperties(ZoneId.of("Asia/Jakarta"), null, null, null, null, null), List.of());
    List<Finding> findings = new SopLint(roles, calendar.workingDaySeconds()).lintFolder(folder);
    findings.forEach(out::println);
    long errors = findings.stream().filter(Finding::isError).count();
    out.printf("SOP lint of %s: %d error(s), %d warning(s)%n", folder, errors, findings.size() - errors);
    return errors > 0 ? 1 : 0;
  }
}

package org.sopflow.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sopflow.calendar.StandardTime;
import org.sopflow.model.StandarPelayanan;

/**
 * The lint rules of one Standar Pelayanan file: readable, every component given (or said not to be
 * published), every SOP it names modelled in the folder, and no such SOP slower than the service's
 * jangka waktu. Each finding names the file and the field.
 */
class ServiceStandardCheck {

  private final StandarPelayanan.Read read;
  private final Map<String, String> serviceTimes;
  private final long workingDaySeconds;
  private final List<Finding> findings = new ArrayList<>();

  /**
   * @param serviceTimes per SOP key of the folder, its {@code sop.waktu-layanan} (null when none or when
   *     the SOP is a signed document only)
   */
  ServiceStandardCheck(StandarPelayanan.Read read, Map<String, String> serviceTimes, long workingDaySeconds) {
    this.read = read;
    this.serviceTimes = serviceTimes;
    this.workingDaySeconds = workingDaySeconds;
  }

  List<Finding> run() {
    for (StandarPelayanan.Problem problem : read.problems()) {
      LintRule rule = !problem.error() ? LintRule.SP_COMPONENT_MISSING
          : "jangka-waktu".equals(problem.field()) ? LintRule.DURATION_UNREADABLE : LintRule.SP_UNREADABLE;
      add(rule, problem.field(), problem.message());
    }
    if (read.standard() != null) {
      read.standard().sop().forEach(key -> checkSop(read.standard(), key));
    }
    return findings;
  }

  private void checkSop(StandarPelayanan standard, String key) {
    if (!serviceTimes.containsKey(key)) {
      add(LintRule.SP_SOP_UNKNOWN, "sop", "names SOP '" + key + "', which no model of the folder and no entry of sop-dokumen.yaml has; known: "
          + String.join(", ", serviceTimes.keySet().stream().sorted().toList()));
      return;
    }
    StandardTime sopTime = parseQuietly(serviceTimes.get(key));
    if (standard.jangkaWaktu() != null && sopTime != null
        && sopTime.seconds(workingDaySeconds) > standard.jangkaWaktu().seconds(workingDaySeconds)) {
      add(LintRule.SOP_SLOWER_THAN_SP, "sop", "SOP '" + key + "' takes sop.waktu-layanan '" + sopTime.text()
          + "', longer than the jangka waktu '" + standard.jangkaWaktu().text() + "' of this Standar Pelayanan");
    }
  }

  private void add(LintRule rule, String field, String message) {
    findings.add(new Finding(rule, read.file(), field == null ? null : "field", field, null, message));
  }

  private static StandardTime parseQuietly(String value) {
    try {
      return value == null ? null : StandardTime.parse(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}

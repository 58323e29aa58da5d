package org.sopflow;

import java.time.Duration;
import java.util.List;
import org.springframework.util.unit.DataSize;
import java.util.Objects;
import org.sopflow.calendar.CalendarProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every setting of the SOP layer, under {@code sop.*} in {@code application.yaml}.
 *
 * @param processes where the SOP models and the role catalogue are read from
 * @param calendar the working calendar (working hours, Ramadan, holidays)
 * @param deadlines how passed deadlines are found
 * @param escalation how an overdue task climbs the supervisor chain
 * @param http limits of the HTTP APIs
 * @param scripts which script languages a model may use
 * @param demo the demo profile's users
 * @param metrics how the Prometheus gauges are refreshed
 * @param webapp language, time zone and branding of Tasklist, Cockpit, Admin and the Welcome page
 * @param evaluation the rule of the six-monthly evaluation of SOP application
 */
@ConfigurationProperties("sop")
public record SopProperties(@DefaultValue Processes processes, @DefaultValue CalendarProperties calendar,
                            @DefaultValue Deadlines deadlines, @DefaultValue Escalation escalation,
                            @DefaultValue Http http, @DefaultValue Scripts scripts, @DefaultValue Demo demo,
                            @DefaultValue Metrics metrics, @DefaultValue Webapp webapp,
                            @DefaultValue Evaluation evaluation) {

  /**
   * @param location a Spring resource location of the folder holding {@code *.bpmn}, {@code *.dmn},
   *     {@code *.form} and {@code roles.yaml}; {@code classpath:processes/} (packaged in the jar) or
   *     e.g. {@code file:/srv/sop/processes/}
   * @param deploymentName the Camunda deployment name; unchanged files are filtered against it
   * @param watch lint and redeploy a changed file while the server runs (a {@code file:} location only)
   * @param watchInterval how often the folder is looked at; a change is deployed once it has stayed
   *     the same for one more interval, so a file still being written is not deployed half-way
   */
  public record Processes(@DefaultValue("classpath:processes/") String location,
                          @DefaultValue("sop-processes") String deploymentName,
                          @DefaultValue("false") boolean watch,
                          @DefaultValue("PT1S") Duration watchInterval) {

    /** The location as a folder, always ending with a slash. */
    public String folder() {
      return location.endsWith("/") ? location : location + "/";
    }
  }

  /**
   * @param detectionInterval how often each engine node looks for passed deadlines; a deadline is
   *     recorded at most this long (plus the time of one sweep) after it passed
   * @param batchSize the most deadlines one sweep records, so one transaction stays short
   */
  public record Deadlines(@DefaultValue("PT5S") Duration detectionInterval, @DefaultValue("200") int batchSize) {
  }

  /**
   * @param interval after the first escalation (when a step becomes overdue), the task climbs one
   *     more supervisor level each time this standard time passes again, up to the top role;
   *     a standard time such as {@code 1 hari kerja}
   */
  public record Escalation(@DefaultValue("1 hari kerja") String interval) {
  }

  /**
   * @param maxRequestSize the largest request body accepted (deployments included); larger is refused with 413
   */
  public record Http(@DefaultValue("2MB") DataSize maxRequestSize) {
  }

  /**
   * @param allowedLanguages script languages a model may use in script tasks, listeners and
   *     conditions; none by default, since the SOPs need none (expressions are not scripts)
   */
  public record Scripts(@DefaultValue List<String> allowedLanguages) {
  }

  /**
   * @param refreshInterval how often the gauges of open and overdue tasks and the event counters are
   *     read from the database (one grouped query each)
   */
  public record Metrics(@DefaultValue("PT15S") Duration refreshInterval) {
  }

  /**
   * @param password password of every demo user; there is no default, the demo profile sets it
   */
  public record Demo(String password) {

    public String requiredPassword() {
      return Objects.requireNonNull(password, "sop.demo.password must be set when the demo profile is active");
    }
  }

  /**
   * @param name the application name in the webapps' header and page titles
   * @param vendor the organisation shown beside it
   * @param locale the language the webapps open in ({@code id} or {@code en}); a user may switch
   *     to the other one with the link in the page footer
   * @param timeZone the time zone every date and time in the webapps is shown in, whatever the
   *     browser's own; a fixed-offset zone (WIB, WITA, WIT have no daylight saving)
   * @param migrationBanner show Camunda's banner urging a migration to Camunda 8
   * @param logo URL of the city's logo, shown in place of Camunda's in the header and on the login page
   *     (e.g. {@code /sop/logo.png}, a file
   *     in {@code static/sop/}); none when empty
   */
  public record Webapp(@DefaultValue("Layanan SOP \u2014 Diskominfo Kota Probolinggo") String name,
                       @DefaultValue("Diskominfo Kota Probolinggo") String vendor,
                       @DefaultValue("id") String locale,
                       @DefaultValue("Asia/Jakarta") String timeZone,
                       @DefaultValue("false") boolean migrationBanner,
                       @DefaultValue("") String logo) {
  }

  /**
   * When an SOP "berjalan dengan baik" in an evaluation period: it ran at least once, and all of
   * these hold. The rule is printed on the evaluation document.
   *
   * @param minStepOnTimeRate least share of the steps completed in the period within their standard time
   * @param minServiceOnTimeRate least share of the services (instances) completed within {@code sop.waktu-layanan}
   * @param maxStepsOverStandard most steps whose p90 working time exceeds their standard time
   * @param maxProcedureEvents most maladministration events other than delays (penyimpangan prosedur,
   *     tidak memberikan pelayanan)
   */
  public record Evaluation(@DefaultValue("0.9") double minStepOnTimeRate,
                           @DefaultValue("0.9") double minServiceOnTimeRate,
                           @DefaultValue("0") int maxStepsOverStandard,
                           @DefaultValue("0") int maxProcedureEvents) {

    public Evaluation {
      if (minStepOnTimeRate < 0 || minStepOnTimeRate > 1 || minServiceOnTimeRate < 0 || minServiceOnTimeRate > 1) {
        throw new IllegalArgumentException("sop.evaluation.min-step-on-time-rate and min-service-on-time-rate"
            + " are shares between 0 and 1, e.g. 0.9");
      }
      if (maxStepsOverStandard < 0 || maxProcedureEvents < 0) {
        throw new IllegalArgumentException("sop.evaluation.max-steps-over-standard and max-procedure-events"
            + " cannot be negative");
      }
    }
  }
}

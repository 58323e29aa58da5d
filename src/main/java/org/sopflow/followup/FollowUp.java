package org.sopflow.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * One tindak lanjut: what was found (its source), what the office does about it, who, by when, and
 * whether it worked.
 *
 * @param cause the cause the responsible found while planning (ISO 9001 10.2 b)
 * @param checks how many effectiveness checks were made; the next one looks at the period that many
 *     periods after the source's, plus one
 * @param effective the last check's verdict, null before the first
 * @param renewalVersionId the SOP version drafted by the renewal this follow-up started
 */
public record FollowUp(String id, Source source, String evidence, String action, String cause, boolean revisesSop,
                       String responsibleRole, LocalDate dueOn, State state, String outcome, String outcomeEvidence,
                       int checks, Boolean effective, String checkNote, String processInstanceId,
                       String renewalVersionId, String createdBy, Instant createdAt, Instant doneAt,
                       Instant checkedAt) {

  /** Where a finding comes from. */
  public enum SourceKind {
    TEMUAN("Temuan register layanan"),
    MONITORING("Monitoring pelaksanaan SOP"),
    EVALUASI("Evaluasi penerapan SOP"),
    MALADMINISTRASI("Log maladministrasi"),
    SKM("Survei Kepuasan Masyarakat");

    private final String label;

    SourceKind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * A finding's source.
   *
   * @param ref what within the source: a register finding kind ({@code LAMBAT_DUA_PERIODE}), a
   *     maladministration rule ({@code STEP_OVERDUE}), an evaluasi criterion, an SKM unsur ({@code u3})
   * @param sopKey the SOP, where the finding is about one
   * @param serviceKey the service (Standar Pelayanan), for an SKM finding
   * @param activityId the step, where the finding is about one
   */
  public record Source(SourceKind kind, String ref, String sopKey, String serviceKey, String activityId,
                       Period period) {
  }

  /** A reporting period, {@code to} exclusive: a semester, a year, a month. */
  public record Period(LocalDate from, LocalDate to) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));

    public Period {
      if (!from.isBefore(to)) {
        throw new IllegalArgumentException("the period's first day " + from + " must come before its last " + to);
      }
    }

    /** The period {@code n} periods of the same length later: months for a period of whole months, days otherwise. */
    public Period later(int n) {
      if (from.getDayOfMonth() == 1 && to.getDayOfMonth() == 1) {
        long months = ChronoUnit.MONTHS.between(from, to);
        return new Period(from.plusMonths(months * n), to.plusMonths(months * n));
      }
      long days = ChronoUnit.DAYS.between(from, to);
      return new Period(from.plusDays(days * n), to.plusDays(days * n));
    }

    public LocalDate lastDay() {
      return to.minusDays(1);
    }

    /** "1 Januari 2025 – 30 Juni 2025". */
    public String label() {
      return DAY.format(from) + " – " + DAY.format(lastDay());
    }
  }

  /** Where a follow-up stands, with the words staff and the public page read. */
  public enum State {
    DIRENCANAKAN("direncanakan"),
    DILAKSANAKAN("sedang dilaksanakan"),
    MENUNGGU_PEMERIKSAAN("dilaksanakan, menunggu pemeriksaan efektivitas"),
    SELESAI("selesai, efektif"),
    DIBATALKAN("dibatalkan");

    private final String label;

    State(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** Whether the action is still to be carried out. */
    public boolean open() {
      return this == DIRENCANAKAN || this == DILAKSANAKAN;
    }
  }

  /** The period whose figures the next effectiveness check looks at. */
  public Period checkPeriod() {
    return source.period().later(checks + 1);
  }

  /** Open past its due date. */
  public boolean overdue(LocalDate today) {
    return state.open() && today.isAfter(dueOn);
  }
}

package org.sopflow.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.sopflow.monitoring.TimingFigures.MonthTrend;

/**
 * The service register of one period: every Standar Pelayanan with the SOPs that carry it out, every
 * SOP (executable or a signed document only), and what needs renewing.
 *
 * @param to exclusive
 * @param previousFrom the start of the period before, as long as this one (for "late two periods running")
 * @param unreadableFiles the problems of Standar Pelayanan files (and {@code sop-dokumen.yaml}) left out, naming
 *     file and field
 * @param sopDitetapkan for the whole OPD, the SOPs its decree sets ({@code sop-ditetapkan} in its opd.yaml), of
 *     which {@code sops} are recorded; null for a reader of part of it, or when not given
 * @param serahTerima for the whole OPD, the steps of other OPDs' SOPs offered to its roles (an agency's
 *     liaison): they count for this OPD, which does them
 * @param opd the perangkat daerah the register is of (null on a single-office install without tenant)
 */
public record Register(Instant from, Instant to, Instant previousFrom, List<Service> services, List<Sop> sops,
                       List<Finding> findings, List<Renewal> pembaruan, List<String> unreadableFiles,
                       Integer sopDitetapkan, List<HandOff> serahTerima, OpdRef opd) {

  /**
   * One step of another OPD's SOP offered to one of this OPD's roles in the period.
   *
   * @param sop the other OPD's SOP key
   * @param peran the role of this OPD it was offered to
   * @param tepatWaktu completed by its standard time; {@code penyimpangan} the deviations recorded on it
   */
  public record HandOff(String sop, String activityId, String peran, long ditawarkan, long selesai, long tepatWaktu,
                        long penyimpangan) {
  }

  /** The OPD a report is of: its id (the tenant) and name. */
  public record OpdRef(String id, String nama) {
  }

  /**
   * An SOP being renewed: its newest version not yet in force.
   *
   * @param status draf, diajukan or disahkan
   * @param versi the version's id under {@code /api/versi}
   */
  public record Renewal(String sop, String status, String versi, Instant diajukanPada, String alasan) {
  }

  /**
   * One Standar Pelayanan.
   *
   * @param jangkaWaktu as the SP file writes it, or null when not published
   * @param completed runs of its executable SOPs completed in the period; {@code withinJangkaWaktu} of
   *     them in at most the jangka waktu (null without one)
   */
  public record Service(String key, String nama, String file, String jangkaWaktu, List<SopRef> sops, long completed,
                        Long withinJangkaWaktu, Double withinShare) {
  }

  /** An SOP as an SP names it; {@code executable} false for a signed document only, null for a key unknown. */
  public record SopRef(String key, String nama, String nomor, Boolean executable) {
  }

  /**
   * One SOP.
   *
   * @param version the latest deployed version; null for a signed document only
   * @param reviewedOn its {@code tanggal-revisi}, or {@code tanggal-efektif} when never revised
   * @param reviewDue the date its review falls due
   * @param trend the twelve months up to the end of the period (executable SOPs)
   * @param stepsCompleted the steps completed in the period (not the applicant's waits), {@code stepsOnTime}
   *     of them within their standard time
   */
  public record Sop(String key, String nama, String nomor, String status, String bidang, boolean executable,
                    Integer version,
                    LocalDate reviewedOn, LocalDate reviewDue, long started, long completed, Double stepOnTimeRate,
                    long stepsCompleted, long stepsOnTime, List<String> services, List<MonthTrend> trend) {
  }

  /**
   * What needs renewing.
   *
   * @param sop the SOP key (for an SP without SOP, null and {@code service} names it)
   * @param activityId the step, where the finding is about one
   * @param evidence the figures and the period
   */
  public record Finding(FindingKind kind, String aspek, String label, String service, String sop, String sopName,
                        String activityId, String step, String role, String evidence, String tindakan,
                        String mulaiPembaruan, List<FollowUpRef> tindakLanjut) {

    /** {@code mulaiPembaruan}: where a finding on an SOP starts its renewal (POST, with the finding as alasan). */
    static Finding of(FindingKind kind, String service, String sop, String sopName, String activityId, String step,
                      String role, String evidence) {
      return new Finding(kind, kind.aspek(), kind.label(), service, sop, sopName, activityId, step, role, evidence,
          kind.tindakan(), sop == null ? null : "/api/sops/" + sop + "/pembaruan", List.of());
    }

    Finding withFollowUps(List<FollowUpRef> followUps) {
      return new Finding(kind, aspek, label, service, sop, sopName, activityId, step, role, evidence, tindakan,
          mulaiPembaruan, followUps);
    }
  }

  /**
   * A follow-up made of a finding like this one (same kind, SOP and step), under
   * {@code /api/tindak-lanjut/{id}}.
   *
   * @param status where it stands, in Indonesian
   */
  public record FollowUpRef(String id, String tindakan, String penanggungJawab, LocalDate tenggat, String status,
                            boolean terlambat) {
  }
}

package org.sopflow.register;

import java.time.ZoneId;
import java.util.List;
import org.sopflow.print.ReportHead;
import org.sopflow.print.Templates;
import org.sopflow.print.TrendChart;

/**
 * The register as a printable document (XHTML, and PDF from it; template {@code register/register}):
 * the services with their SOPs, the findings with their evidence and action, the SOPs, and each
 * executable SOP's trend chart.
 */
final class RegisterDocument {

  private RegisterDocument() {
  }

  static String render(Register register, ZoneId zone) {
    return Templates.page("register/register", new Page(
        ReportHead.of("Register Layanan dan SOP", "REGISTER STANDAR PELAYANAN DAN STANDAR OPERASIONAL PROSEDUR",
            register.from(), register.to(), zone).of(register.opd() == null ? null : register.opd().nama()),
        register.unreadableFiles(),
        register.services().stream().map(ServiceRow::of).toList(),
        register.findings().stream().map(FindingRow::of).toList(),
        register.pembaruan().stream().map(renewal -> RenewalRow.of(renewal, zone)).toList(),
        register.sops().stream().map(SopRow::of).toList(),
        register.sops().stream().filter(Register.Sop::executable)
            .map(sop -> new Chart(sop.key(), TrendChart.svg(sop.nama(), sop.trend()))).toList(),
        register.sopDitetapkan() == null ? null : register.sops().size() + " dari " + register.sopDitetapkan()
            + " SOP yang ditetapkan tercatat di sini", register.serahTerima()));
  }

  /** @param recorded how many of the SOPs the office's decree sets are recorded, for the whole office */
  private record Page(ReportHead head, List<String> unreadableFiles, List<ServiceRow> services,
                      List<FindingRow> findings, List<RenewalRow> renewals, List<SopRow> sops,
                      List<Chart> charts, String recorded, List<Register.HandOff> handOffs) {
  }

  private record RenewalRow(String sop, String status, String diajukanPada, String alasan) {
    static RenewalRow of(Register.Renewal renewal, ZoneId zone) {
      return new RenewalRow(renewal.sop(), renewal.status(), java.time.LocalDate.ofInstant(renewal.diajukanPada(), zone)
          .toString(), renewal.alasan());
    }
  }

  private record ServiceRow(String key, String nama, String jangkaWaktu, List<SopName> sops, long completed,
                            String within) {

    static ServiceRow of(Register.Service service) {
      return new ServiceRow(service.key(), service.nama(), service.jangkaWaktu(),
          service.sops().stream().map(SopName::of).toList(), service.completed(), service.withinShare() == null ? "–"
          : percent(service.withinShare()) + " (" + service.withinJangkaWaktu() + ")");
    }
  }

  /** An SOP a service names; {@code document} for a signed document only. */
  private record SopName(String name, String nomor, boolean document) {

    static SopName of(Register.SopRef sop) {
      return new SopName(sop.nama() == null ? sop.key() + " (tidak dikenal)" : sop.nama(), sop.nomor(),
          Boolean.FALSE.equals(sop.executable()));
    }
  }

  /** @param subject the SOP, or the service for a service without one */
  private record FindingRow(FindingKind kind, String sop, String aspek, String label, String subject, String step,
                            String role, String evidence, String tindakan, List<FollowUpRow> tindakLanjut) {

    static FindingRow of(Register.Finding finding) {
      return new FindingRow(finding.kind(), finding.sop(), finding.aspek(), finding.label(),
          finding.sop() == null ? finding.service() : finding.sopName(), finding.step(), finding.role(),
          finding.evidence(), finding.tindakan(), finding.tindakLanjut().stream().map(FollowUpRow::of).toList());
    }
  }

  private record FollowUpRow(String tindakan, String penanggungJawab, String tenggat, String status,
                             boolean terlambat) {

    static FollowUpRow of(Register.FollowUpRef followUp) {
      return new FollowUpRow(followUp.tindakan(), followUp.penanggungJawab(), ReportHead.date(followUp.tenggat()),
          followUp.status(), followUp.terlambat());
    }
  }

  private record SopRow(String key, String nama, String nomor, String bidang, boolean executable, Integer version,
                        String reviewedOn, String reviewDue, long started, long completed, String stepOnTimeRate,
                        String services) {

    static SopRow of(Register.Sop sop) {
      return new SopRow(sop.key(), sop.nama(), sop.nomor(), sop.bidang(), sop.executable(), sop.version(),
          ReportHead.date(sop.reviewedOn()), ReportHead.date(sop.reviewDue()), sop.started(), sop.completed(),
          sop.stepOnTimeRate() == null ? "–" : percent(sop.stepOnTimeRate()), String.join("; ", sop.services()));
    }
  }

  private record Chart(String key, String svg) {
  }

  private static String percent(double share) {
    return Math.round(share * 100) + " %";
  }
}

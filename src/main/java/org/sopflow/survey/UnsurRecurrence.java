package org.sopflow.survey;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.sopflow.engine.CurrentUser;
import org.sopflow.followup.FollowUp;
import org.sopflow.followup.Indicators;
import org.springframework.stereotype.Component;

/**
 * Whether an SKM finding improved: its unsur's NRR for its service in the later period against the
 * source period (up is better), beside the service's IKM. Figures of the whole office, whoever asks.
 */
@Component
class UnsurRecurrence implements Indicators {

  private final IkmService ikm;
  private final IdentityService identity;

  UnsurRecurrence(IkmService ikm, IdentityService identity) {
    this.ikm = ikm;
    this.identity = identity;
  }

  @Override
  public List<Indicator> compare(FollowUp.Source source, FollowUp.Period later) {
    if (source.kind() != FollowUp.SourceKind.SKM) {
      return List.of();
    }
    Unsur unsur = Unsur.values()[Integer.parseInt(source.ref().substring(1)) - 1];
    Optional<IkmReport.Service> before = service(source.serviceKey(), source.period());
    Optional<IkmReport.Service> after = service(source.serviceKey(), later);
    Double nrrBefore = before.flatMap(service -> nrr(service, unsur)).orElse(null);
    Double nrrAfter = after.flatMap(service -> nrr(service, unsur)).orElse(null);
    Double ikmBefore = before.map(service -> service.score().ikmUnit()).orElse(null);
    Double ikmAfter = after.map(service -> service.score().ikmUnit()).orElse(null);
    return List.of(new Indicator("NRR unsur " + unsur.label(), figure(nrrBefore, "%.2f"), figure(nrrAfter, "%.2f"),
            nrrBefore == null || nrrAfter == null ? null : nrrAfter > nrrBefore),
        new Indicator("IKM layanan", figure(ikmBefore, "%.2f"), figure(ikmAfter, "%.2f"), null));
  }

  private Optional<IkmReport.Service> service(String key, FollowUp.Period period) {
    IkmReport report = CurrentUser.asEngine(identity, () -> ikm.report(period.from().toString(),
        period.lastDay().toString()));
    return report.services().stream().filter(service -> service.key().equals(key)).findFirst();
  }

  private static Optional<Double> nrr(IkmReport.Service service, Unsur unsur) {
    return service.score().unsur().stream().filter(score -> score.unsur().equals(unsur.name()))
        .map(IkmReport.UnsurScore::nrr).filter(java.util.Objects::nonNull).findFirst();
  }

  private static String figure(Double value, String format) {
    return value == null ? "tidak ada jawaban" : String.format(Locale.ROOT, format, value).replace('.', ',');
  }
}

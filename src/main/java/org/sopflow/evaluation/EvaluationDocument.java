package org.sopflow.evaluation;

import java.time.ZoneId;
import org.sopflow.print.ReportHead;
import org.sopflow.print.Templates;

/**
 * The evaluation as the Permenpan monitoring form (XHTML, printable to PDF; template
 * {@code evaluation/monitoring}).
 */
final class EvaluationDocument {

  private EvaluationDocument() {
  }

  static String render(SopEvaluation.Evaluation evaluation, ZoneId zone) {
    return Templates.page("evaluation/monitoring", new Page(ReportHead.of("Monitoring Pelaksanaan SOP",
        "MONITORING PELAKSANAAN STANDAR OPERASIONAL PROSEDUR", evaluation.from(), evaluation.to(), zone), evaluation));
  }

  private record Page(ReportHead head, SopEvaluation.Evaluation evaluation) {
  }
}

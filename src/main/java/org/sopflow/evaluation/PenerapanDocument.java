package org.sopflow.evaluation;

import java.time.ZoneId;
import java.util.List;
import org.sopflow.print.ReportHead;
import org.sopflow.print.Templates;

/** The evaluasi penerapan SOP form (XHTML, printable to PDF; template {@code evaluation/penerapan}). */
final class PenerapanDocument {

  private PenerapanDocument() {
  }

  static String render(PenerapanEvaluation.Form form, ZoneId zone) {
    return Templates.page("evaluation/penerapan", new Page(ReportHead.of("Evaluasi Penerapan SOP",
        "EVALUASI PENERAPAN STANDAR OPERASIONAL PROSEDUR", form.from(), form.to(), zone),
        PenerapanEvaluation.CRITERIA, form));
  }

  private record Page(ReportHead head, List<String> criteria, PenerapanEvaluation.Form form) {
  }
}

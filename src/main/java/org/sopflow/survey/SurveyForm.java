package org.sopflow.survey;

import java.util.List;
import org.sopflow.print.Templates;

/**
 * The questionnaire as a plain HTML form (no script; template {@code survey/survey-form}), the internal
 * survey's one question ({@code survey/internal-form}), and the thanks
 * shown once it is answered: both are parts of the citizen's tracking page.
 */
public final class SurveyForm {

  private SurveyForm() {
  }

  public static String html(String action, String csrfToken) {
    return Templates.page("survey/survey-form", new Form(action, csrfToken, Unsur.inQuestionnaireOrder(),
        new Choice("jenisKelamin", "Jenis kelamin", SkmAnswer.JENIS_KELAMIN),
        new Choice("pendidikan", "Pendidikan terakhir", SkmAnswer.PENDIDIKAN),
        new Choice("pekerjaan", "Pekerjaan utama", SkmAnswer.PEKERJAAN), SkmAnswer.SARAN_LENGTH));
  }

  /** The internal survey's one question (satisfied or not) and a saran. */
  public static String internalHtml(String action, String csrfToken) {
    return Templates.page("survey/internal-form", new InternalForm(action, csrfToken, SkmAnswer.SARAN_LENGTH));
  }

  public static String thanks() {
    return Templates.page("survey/survey-thanks", List.of());
  }

  private record Form(String action, String csrfToken, List<Unsur> unsur, Choice jenisKelamin, Choice pendidikan,
                      Choice pekerjaan, int saranLength) {
  }

  private record InternalForm(String action, String csrfToken, int saranLength) {
  }

  /** A profile question answered from a list (or left empty). */
  private record Choice(String name, String label, List<String> choices) {
  }
}

package org.sopflow.survey;

import static org.sopflow.documents.SopDocumentPdf.escape;

import java.util.List;

/**
 * The questionnaire as a plain HTML form (no script): the nine questions with their own four
 * answers, the optional profile and a saran, posted with a CSRF token.
 */
public final class SurveyForm {

  private SurveyForm() {
  }

  public static String html(String action, String csrfToken) {
    StringBuilder form = new StringBuilder("<h2 id=\"skm\">Survei Kepuasan Masyarakat</h2>")
        .append("<p>Layanan Anda telah selesai. Mohon nilai layanan kami; jawaban Anda tanpa nama.</p>")
        .append("<form method=\"post\" action=\"").append(escape(action)).append("\">")
        .append("<input type=\"hidden\" name=\"csrf\" value=\"").append(escape(csrfToken)).append("\"/>");
    for (Unsur unsur : Unsur.values()) {
      form.append("<fieldset><legend>").append(unsur.ordinal() + 1).append(". ").append(escape(unsur.question()))
          .append("</legend>");
      for (int value = 1; value <= 4; value++) {
        form.append("<label><input type=\"radio\" name=\"").append(unsur.field()).append("\" value=\"").append(value)
            .append("\" required=\"required\"/> ").append(escape(unsur.answers().get(value - 1))).append("</label>");
      }
      form.append("</fieldset>");
    }
    form.append("<fieldset><legend>Profil responden (boleh dikosongkan)</legend>");
    select(form, "jenisKelamin", "Jenis kelamin", SkmAnswer.JENIS_KELAMIN);
    form.append("<label for=\"usia\">Usia (tahun)</label><input type=\"text\" id=\"usia\" name=\"usia\" inputmode=\"numeric\""
        + " maxlength=\"3\"/>");
    select(form, "pendidikan", "Pendidikan terakhir", SkmAnswer.PENDIDIKAN);
    select(form, "pekerjaan", "Pekerjaan utama", SkmAnswer.PEKERJAAN);
    return form.append("</fieldset><label for=\"saran\">Saran dan masukan</label><textarea id=\"saran\" name=\"saran\"")
        .append(" rows=\"4\" maxlength=\"").append(SkmAnswer.SARAN_LENGTH).append("\"></textarea>")
        .append("<button type=\"submit\">Kirim survei</button></form>").toString();
  }

  public static String thanks() {
    return "<p class=\"terima-kasih\" id=\"terima-kasih\">Terima kasih, survei kepuasan untuk layanan ini sudah diisi.</p>";
  }

  private static void select(StringBuilder form, String name, String label, List<String> choices) {
    form.append("<label for=\"").append(name).append("\">").append(label).append("</label><select id=\"").append(name)
        .append("\" name=\"").append(name).append("\"><option value=\"\">–</option>");
    choices.forEach(choice -> form.append("<option>").append(escape(choice)).append("</option>"));
    form.append("</select>");
  }
}

package org.sopflow.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A paper questionnaire typed as it is printed: the regulation's sample form asks sarana dan
 * prasarana as question 8 and penanganan pengaduan as question 9, the reverse of the unsur's order.
 */
class SkmAnswerTest {

  @Test
  void theSampleQuestionnaireTypedByItsQuestionNumbersLandsOnItsUnsur() {
    Map<String, String> sampleForm = new HashMap<>();
    int[] typed = {3, 3, 2, 4, 3, 3, 4, 1, 4}; // questions 1 to 9 as ticked on the sample form
    for (int question = 1; question <= 9; question++) {
      sampleForm.put("p" + question, Integer.toString(typed[question - 1]));
    }
    SkmAnswer answer = SkmAnswer.read(sampleForm, true);
    assertThat(answer.values().get(Unsur.WAKTU)).isEqualTo(2);
    assertThat(answer.values().get(Unsur.SARANA)).as("question 8").isEqualTo(1);
    assertThat(answer.values().get(Unsur.PENGADUAN)).as("question 9").isEqualTo(4);
    assertThat(Unsur.inQuestionnaireOrder()).as("the online form asks in the same order")
        .containsSubsequence(Unsur.PERILAKU, Unsur.SARANA, Unsur.PENGADUAN);
  }

  @Test
  void aBadOrMixedEntryNamesItsField() {
    assertThatThrownBy(() -> SkmAnswer.read(Map.of("p8", "5"), false))
        .hasMessage("p8 (Sarana dan prasarana) '5' is not 1, 2, 3 or 4");
    assertThatThrownBy(() -> SkmAnswer.read(Map.of("u1", "4", "p2", "4"), false))
        .hasMessageContaining("not both");
    assertThat(SkmAnswer.read(Map.of("u8", "4", "u9", "1"), false).values())
        .containsEntry(Unsur.PENGADUAN, 4).containsEntry(Unsur.SARANA, 1);
  }
}

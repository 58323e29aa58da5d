package org.sopflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StandardTimeTest {

  @ParameterizedTest(name = "{0} = {1} working days + {2} s")
  @CsvSource({
      "15 menit, 0, 900",
      "15menit, 0, 900",
      "2 jam, 0, 7200",
      "2 JAM, 0, 7200",
      "1.5 jam, 0, 5400",
      "'1,5 jam', 0, 5400",
      "1 jam 30 menit, 0, 5400",
      "2 x 24 jam, 0, 172800",
      "1 hari, 1, 0",
      "3 hari kerja, 3, 0",
      "3harikerja, 3, 0",
      "3 Hari Kerja, 3, 0",
      "1 minggu, 5, 0",
      "PT30M, 0, 1800",
      "PT2H, 0, 7200",
      "pt2h, 0, 7200",
      "P3D, 3, 0",
      "P1W, 5, 0",
      "P1DT4H, 1, 14400",
  })
  void readsPhrasesAndIsoDurations(String text, int workingDays, long clockSeconds) {
    StandardTime time = StandardTime.parse(text);
    assertThat(time.workingDays()).isEqualTo(workingDays);
    assertThat(time.clockTime()).isEqualTo(Duration.ofSeconds(clockSeconds));
    assertThat(time.text()).isEqualTo(text.trim());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "dua jam", "2", "2 jem", "jam", "P", "PT", "P1M", "P1Y", "1,5 hari",
      "0 jam", "2 jam lebih", "segera"})
  void refusesWhatItCannotRead(String text) {
    assertThatThrownBy(() -> StandardTime.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'")
        .hasMessageContaining("hari kerja");
  }
}

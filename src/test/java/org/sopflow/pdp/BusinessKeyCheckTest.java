package org.sopflow.pdp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Register numbers as desk officers type them: the office's own numbers pass, an applicant's data does not. */
class BusinessKeyCheckTest {

  @Test
  void registerNumbersOfTheOfficePass() {
    for (String key : new String[] {"REG-001", "REG-2026-0001", "PPID/2026/12/0001", "LAPOR-20261207-000123",
        "12345678901234567", "SKM 2026 08 15", "kanigaran-surat-masuk-42"}) {
      assertThat(BusinessKeyCheck.problem(key)).as(key).isEmpty();
    }
    assertThat(BusinessKeyCheck.problem(null)).isEmpty();
  }

  @Test
  void aNikATelephoneNumberOrAnEmailAddressIsRefusedWithoutRepeatingIt() {
    Map<String, String> refused = Map.of(
        "3574010101900001", "NIK", "REG-3574 0101 0190 0001", "NIK", "3574.0101.0190.0001", "NIK",
        "081234567890", "telepon", "REG 0812-3456-7890", "telepon", "+6281234567890", "telepon",
        "siti.aminah@contoh.id", "e-mail");
    refused.forEach((key, kind) -> assertThat(BusinessKeyCheck.problem(key)).as(key).hasValueSatisfying(problem ->
        assertThat(problem).startsWith("businessKey (nomor register)").contains(kind).doesNotContain(key)));
  }

  @Test
  void aKeyHoldingAPersonalValueOfTheCaseIsRefusedNamingTheVariable() {
    Map<String, Object> personal = new HashMap<>();
    personal.put("namaPemohon", "Siti Aminah");
    personal.put("alamatPemohon", null);
    personal.put("kontakPemohon", "RT");
    assertThat(BusinessKeyCheck.problem("REG-001 siti aminah", personal)).hasValueSatisfying(problem ->
        assertThat(problem).contains("'namaPemohon'").doesNotContainIgnoringCase("siti"));
    assertThat(BusinessKeyCheck.problem("REG-001-RT-02", personal)).as("values too short to name anyone").isEmpty();
    assertThat(BusinessKeyCheck.problem("REG-001", personal)).isEmpty();
  }
}

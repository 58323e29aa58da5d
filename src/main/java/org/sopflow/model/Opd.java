package org.sopflow.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sopflow.calendar.Holiday;
import org.sopflow.calendar.OpdCalendar;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * A perangkat daerah (OPD) on this installation: its folder of SOPs, its Camunda tenant and its
 * identity as {@value #FILE} gives it, printed on its documents, receipts and reports.
 *
 * @param tenantId the Camunda tenant (the OPD's id), or null on a single-office install without one
 * @param folder its folder, a Spring resource location ending with a slash
 * @param nama the OPD's full name, e.g. "Dinas Komunikasi dan Informatika Kota Probolinggo"
 * @param singkatan its short name, e.g. "Diskominfo"
 * @param kepala the head's title, e.g. "Kepala Dinas Komunikasi dan Informatika"
 * @param alamat its address as letters print it
 * @param pengirim the sender of its e-mail notifications; null: the installation's
 *     ({@code sop.notification.from})
 * @param sopDitetapkan how many SOPs the OPD's decree on its SOPs sets; the register says how many of
 *     them are recorded here (null when not given)
 * @param kalender its own working hours and local holidays over the city's calendar (none: the city's)
 * @param sopTindakLanjut the key of its SOP whose cases carry out follow-ups of its evaluation
 *     (default {@value #SOP_TINDAK_LANJUT}); SOP keys are city-wide, so a second OPD names its own
 * @param sopPembaruan the key of its SOP whose cases renew its SOPs (default {@value #SOP_PEMBARUAN})
 */
public record Opd(String tenantId, String folder, String nama, String singkatan, String kepala, String alamat,
                  String pengirim, Integer sopDitetapkan, OpdCalendar kalender, String sopTindakLanjut,
                  String sopPembaruan) {

  /** The identity file in the OPD's folder. */
  public static final String FILE = "opd.yaml";
  /** The catalogue's <i>Tindak Lanjut Hasil Evaluasi</i>: an OPD's follow-up SOP unless it names its own. */
  public static final String SOP_TINDAK_LANJUT = "sek-tindak-lanjut";
  /** The catalogue's <i>Penyusunan dan Pembaruan SOP</i>: an OPD's renewal SOP unless it names its own. */
  public static final String SOP_PEMBARUAN = "sek-pembaruan-sop";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  /** The name a page shows: the short name, else the full name, else the tenant id. */
  public String label() {
    return singkatan != null ? singkatan : nama != null ? nama : tenantId;
  }

  /**
   * Reads the OPD's {@value #FILE}; an OPD without one keeps only its tenant and folder (a
   * single-office install names itself in {@code sop.citizen.office}).
   */
  static Opd read(ProcessesProperties.OpdFolder opd, ResourceLoader resources) {
    Resource file = resources.getResource(opd.folder() + FILE);
    if (!file.exists()) {
      if (opd.tenantId() != null && !resources.getResource(opd.folder() + RoleCatalogue.FILE_NAME).exists()) {
        throw new IllegalStateException("OPD '" + opd.tenantId() + "' (sop.processes.opds): no folder "
            + opd.folder() + " with " + RoleCatalogue.FILE_NAME + " and " + FILE);
      }
      return new Opd(opd.tenantId(), opd.folder(), null, null, null, null, null, null, OpdCalendar.NONE,
          SOP_TINDAK_LANJUT, SOP_PEMBARUAN);
    }
    try (InputStream in = file.getInputStream()) {
      Identity identity = YAML.readValue(in, Identity.class);
      if (identity == null || identity.nama() == null || identity.nama().isBlank()) {
        throw new IllegalStateException(opd.folder() + FILE + ": 'nama' (the OPD's full name) is missing");
      }
      if (identity.sopDitetapkan() != null && identity.sopDitetapkan() < 1) {
        throw new IllegalStateException(opd.folder() + FILE + ": 'sop-ditetapkan' is the number of SOPs the OPD's"
            + " decree sets, at least 1");
      }
      return new Opd(opd.tenantId(), opd.folder(), identity.nama().trim(), identity.singkatan(), identity.kepala(),
          identity.alamat(), identity.pengirim(), identity.sopDitetapkan(), identity.kalender(opd.folder() + FILE),
          orDefault(identity.sopTindakLanjut(), SOP_TINDAK_LANJUT), orDefault(identity.sopPembaruan(), SOP_PEMBARUAN));
    } catch (IOException e) {
      throw new IllegalStateException(opd.folder() + FILE + " cannot be read: " + e.getMessage(), e);
    }
  }

  private record Identity(String nama, String singkatan, String kepala, String alamat, String pengirim,
                          @JsonProperty("sop-ditetapkan") Integer sopDitetapkan,
                          @JsonProperty("jam-kerja") Map<String, List<String>> jamKerja,
                          @JsonProperty("jam-kerja-ramadan") Map<String, List<String>> jamKerjaRamadan,
                          @JsonProperty("hari-libur") List<DayOff> hariLibur,
                          @JsonProperty("sop-tindak-lanjut") String sopTindakLanjut,
                          @JsonProperty("sop-pembaruan") String sopPembaruan) {

    OpdCalendar kalender(String file) {
      List<Holiday> daysOff = hariLibur == null ? List.of() : hariLibur.stream().map(dayOff -> {
        if (dayOff.tanggal() == null || dayOff.nama() == null || dayOff.nama().isBlank()) {
          throw new IllegalStateException(file + ": each entry of 'hari-libur' needs 'tanggal' (YYYY-MM-DD) and"
              + " 'nama'");
        }
        return new Holiday(dayOff.tanggal(), dayOff.nama().trim(), OpdCalendar.LIBUR_OPD);
      }).toList();
      return new OpdCalendar(jamKerja, jamKerjaRamadan, daysOff);
    }
  }

  private record DayOff(LocalDate tanggal, String nama) {
  }

  private static String orDefault(String key, String fallback) {
    return key == null || key.isBlank() ? fallback : key.trim();
  }
}

package org.sopflow.city;

import java.time.LocalDate;
import java.util.List;

/**
 * Every perangkat daerah's figures of one period side by side, and the city's.
 *
 * @param sampai inclusive
 */
public record CityView(LocalDate dari, LocalDate sampai, List<Figures> opd, Figures kota) {

  /**
   * One OPD's figures (or the city's: the sums, the share of all steps, the IKM of all respondents).
   *
   * @param id the OPD's id (tenant); null for the city
   * @param sop every SOP recorded: executable or a signed document only
   * @param berlaku approved versions in force; {@code belumDisahkan} deployed as modelled, never approved
   * @param draf new versions being drafted or with the verifier; {@code disahkan} approved, not yet in force
   * @param perluDitinjau SOPs whose review falls due by the end of the period
   * @param layananTanpaSop services (Standar Pelayanan) no SOP carries out
   * @param temuanDitindaklanjuti findings with a follow-up
   * @param langkahSelesai the steps it completed in the period (those of other OPDs' SOPs offered to its
   *     roles included, those of its SOPs another OPD's role did left out), {@code langkahTepatWaktu} of
   *     them within their standard time
   * @param tepatWaktu the share of steps completed within their standard time (null without any)
   * @param serahTerima steps of other OPDs' SOPs offered to its roles; {@code serahTerimaPenyimpangan} the
   *     deviations recorded on them
   * @param ikm the IKM unit (0-100) of its public services, null until every unsur has an answer
   */
  public record Figures(String id, String nama, int sop, int berlaku, int belumDisahkan, int draf, int disahkan,
                        int perluDitinjau, int dokumenSaja, int layanan, int layananTanpaSop, int temuan,
                        int temuanDitindaklanjuti, long langkahSelesai, long langkahTepatWaktu, Double tepatWaktu,
                        long serahTerima, long serahTerimaPenyimpangan, Double ikm, String mutu, long responden, List<ServiceIkm> ikmLayanan) {
  }

  /** One public service's IKM in the period. */
  public record ServiceIkm(String key, String nama, Double ikm, String mutu, long responden) {
  }
}

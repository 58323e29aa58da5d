package org.sopflow.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sopflow.SopTestEngine;

class RoleCatalogueTest {

  @Test
  void theProjectCatalogueHasThePpidRolesWithSupervisors() {
    RoleCatalogue catalogue = SopTestEngine.roleCatalogue();
    assertThat(catalogue.ids()).contains("ppid-petugas", "ppid", "ppid-pembantu", "atasan-ppid");
    assertThat(catalogue.find("ppid-petugas")).get().extracting(Role::supervisor).isEqualTo("ppid");
    assertThat(catalogue.find("atasan-ppid")).get().extracting(Role::supervisor).isNull();
  }

  @Test
  void refusesARoleListedTwice() {
    assertThatThrownBy(() -> load("roles: [{id: a, name: A}, {id: a, name: B}]"))
        .hasMessageContaining("test-roles.yaml").hasMessageContaining("'a' is listed twice");
  }

  @Test
  void refusesAnUnknownSupervisor() {
    assertThatThrownBy(() -> load("roles: [{id: a, name: A, supervisor: boss}]"))
        .hasMessageContaining("'a' names supervisor 'boss'");
  }

  @Test
  void refusesASupervisorCycle() {
    assertThatThrownBy(() -> load("roles: [{id: a, name: A, supervisor: b}, {id: b, name: B, supervisor: a}]"))
        .hasMessageContaining("form a cycle");
  }

  @Test
  void refusesAnIdThatCannotBeALaneId() {
    assertThatThrownBy(() -> load("roles: [{id: 'petugas ppid', name: A}]"))
        .hasMessageContaining("role id 'petugas ppid' cannot be a lane id");
  }

  @Test
  void refusesAnUnknownField() {
    assertThatThrownBy(() -> load("roles: [{id: a, nama: A}]"))
        .hasMessageContaining("test-roles.yaml").hasMessageContaining("nama");
  }

  @Test
  void aNamedByRoleStandsForAnyRoleThatStandsForNoOtherAndTheHeadOfABidangIsTheNearest() {
    RoleCatalogue catalogue = load("""
        agencies: [{id: dinkes, name: Dinas Kesehatan}]
        roles:
          - {id: kepala, name: Kepala, heads: "*"}
          - {id: kabid, name: Kepala Bidang, supervisor: kepala, heads: PIP}
          - {id: penghubung, name: Penghubung, per-agency: true}
          - {id: penanggung-jawab, name: Penanggung jawab, supervisor: kepala, named-by: penanggungJawab}
        """);
    assertThat(catalogue.namedRole("penanggung-jawab", "kabid")).contains("kabid");
    assertThat(catalogue.namedRole("penanggung-jawab", " kabid ")).as("as a form submits it").contains("kabid");
    assertThat(catalogue.namedRole("penanggung-jawab", "penghubung")).as("a stand-in itself").isEmpty();
    assertThat(catalogue.namedRole("penanggung-jawab", "penanggung-jawab")).isEmpty();
    assertThat(catalogue.namedRole("penanggung-jawab", null)).isEmpty();
    assertThat(catalogue.namedRole("kabid", "kepala")).as("not a named-by role").isEmpty();
    assertThat(catalogue.headOf(null, "PIP - Statistik")).contains("kabid");
    assertThat(catalogue.headOf(null, "TIK")).contains("kepala");
    assertThatThrownBy(() -> load("agencies: [{id: d, name: D}]\nroles: [{id: a, name: A, per-agency: true,"
        + " named-by: x}]")).hasMessageContaining("per-agency and named-by at once");
  }

  @Test
  void theCityCatalogueHoldsEveryOpdsRolesEachKnowingItsOpd() {
    Map<String, RoleCatalogue> byOpd = new LinkedHashMap<>();
    byOpd.put("diskominfo", load("roles: [{id: kepala-dinas, name: Kepala Dinas, heads: '*'},"
        + " {id: sekretaris, name: Sekretaris, supervisor: kepala-dinas, heads: Sekretariat}]"));
    byOpd.put("kecamatan-kanigaran", load("roles: [{id: kanigaran-camat, name: Camat, heads: '*'}]"));
    RoleCatalogue city = RoleCatalogue.of(byOpd);

    assertThat(city.ids()).containsExactly("kanigaran-camat", "kepala-dinas", "sekretaris");
    assertThat(city.opdOf("sekretaris")).contains("diskominfo");
    assertThat(city.opdOf("kanigaran-camat")).contains("kecamatan-kanigaran");
    assertThat(city.headOf("kecamatan-kanigaran", "Sekretariat")).as("the head of that OPD, not another's")
        .contains("kanigaran-camat");
    assertThat(city.headOf("diskominfo", "Sekretariat")).contains("sekretaris");
    assertThat(city.headsOf("diskominfo", "TIK")).containsExactly("kepala-dinas");

    byOpd.put("kecamatan-mayangan", load("roles: [{id: sekretaris, name: Sekretaris Kecamatan}]"));
    assertThatThrownBy(() -> RoleCatalogue.of(byOpd)).hasMessageContaining("role 'sekretaris'")
        .hasMessageContaining("'diskominfo'").hasMessageContaining("'kecamatan-mayangan'");
  }

  @Test
  void anAgencyThatIsAnOpdHereHasItsRoleInThatOpdWorkingTheOthersSteps() {
    Map<String, RoleCatalogue> byOpd = new LinkedHashMap<>();
    byOpd.put("diskominfo", load("agencies: [{id: dinkes, name: Dinas Kesehatan},"
        + " {id: kanigaran, name: Kecamatan Kanigaran, opd: kecamatan-kanigaran}]\n"
        + "roles: [{id: admin-lapor, name: Admin}, {id: penghubung, name: Penghubung, supervisor: admin-lapor,"
        + " per-agency: true}]"));
    byOpd.put("kecamatan-kanigaran", load("roles: [{id: kanigaran-camat, name: Camat, heads: '*'}]"));
    RoleCatalogue city = RoleCatalogue.of(byOpd);

    assertThat(city.opdOf("penghubung.kanigaran")).contains("kecamatan-kanigaran");
    assertThat(city.guestIn("penghubung.kanigaran")).as("it works Diskominfo's forwarded steps").contains("diskominfo");
    assertThat(city.opdOf("penghubung.dinkes")).as("an agency outside the installation").contains("diskominfo");
    assertThat(city.guestIn("penghubung.dinkes")).isEmpty();
    assertThat(city.rolesOf("kecamatan-kanigaran").map(Role::id)).containsExactly("kanigaran-camat",
        "penghubung.kanigaran");
    assertThat(RoleCatalogue.of(Map.of("diskominfo", byOpd.get("diskominfo"))).opdOf("penghubung.kanigaran"))
        .as("its OPD not on this installation: an agency outside it").contains("diskominfo");
  }

  private static RoleCatalogue load(String yaml) {
    return RoleCatalogue.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test-roles.yaml");
  }
}

package org.sopflow.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.sopflow.model.SopReader;
import org.sopflow.renewal.ModelChanges.Change;
import org.sopflow.renewal.ModelChanges.Kind;

/**
 * Every kind of change a revision can make, each made to the catalogue's information-request SOP
 * the way a modeller edits the file, and read back in Indonesian.
 */
class ModelChangesTest {

  @Test
  void theSameModelHasNoChanges() throws IOException {
    List<Change> changes = ModelChanges.between(ppid(), ppid());
    assertThat(changes).isEmpty();
    assertThat(ModelChanges.asText(changes)).startsWith("Tidak ada perubahan");
  }

  @Test
  void aChangedStandardTimeAndPelaksanaAreExactlyTwoChanges() throws IOException {
    List<Change> changes = changesAfter(model -> {
      Revisions.property(model, "periksa-kelengkapan", "sop.waktu").setCamundaValue("2 hari kerja");
      Revisions.moveToLane(model, "telaah-penelusuran", "ppid-pembantu");
    });
    assertThat(changes).extracting(Change::kind).containsExactly(Kind.WAKTU_STANDAR, Kind.PELAKSANA);
    assertThat(changes.get(0).elementId()).isEqualTo("periksa-kelengkapan");
    assertThat(changes.get(0).description()).contains("Waktu standar langkah \"Pemeriksaan kelengkapan permohonan\"")
        .endsWith("menjadi \"2 hari kerja\"");
    assertThat(changes.get(1).description()).isEqualTo("Pelaksana langkah \"Penelaahan hasil penelusuran dan"
        + " penetapan perpanjangan waktu\" (telaah-penelusuran): PPID (ppid) menjadi PPID Pembantu / Unit Pengelola"
        + " Informasi (ppid-pembantu)");
  }

  @Test
  void stepsAddedRemovedAndRenamed() throws IOException {
    List<Change> changes = changesAfter(model -> {
      model.<UserTask>getModelElementById("serahkan-informasi").setName("Penyerahan informasi dan tanda terima");
      // a step between registration and the check, in the desk officer's lane
      UserTask added = model.newInstance(UserTask.class);
      added.setId("pindai-berkas");
      added.setName("Pemindaian berkas permohonan");
      model.<Process>getModelElementById("pip-permohonan-informasi").addChildElement(added);
      model.<Lane>getModelElementById("ppid-petugas").getFlowNodeRefs().add(added);
      model.<SequenceFlow>getModelElementById("flow-registrasi-permohonan-ke-periksa-kelengkapan").setTarget(added);
      SequenceFlow onward = model.newInstance(SequenceFlow.class);
      onward.setId("flow-pindai-berkas-ke-periksa-kelengkapan");
      model.<Process>getModelElementById("pip-permohonan-informasi").addChildElement(onward);
      onward.setSource(added);
      onward.setTarget(model.getModelElementById("periksa-kelengkapan"));
      // the applicant is told of a missing item by the check itself: its own step goes
      UserTask removed = model.getModelElementById("beritahu-tidak-lengkap");
      SequenceFlow into = model.getModelElementById("flow-gw-lengkap-ke-beritahu-tidak-lengkap");
      into.setTarget(model.getModelElementById("permohonan-dikembalikan"));
      SequenceFlow out = model.getModelElementById("flow-beritahu-tidak-lengkap-ke-permohonan-dikembalikan");
      out.getParentElement().removeChildElement(out);
      model.<Lane>getModelElementById("ppid-petugas").getFlowNodeRefs().remove(removed);
      removed.getParentElement().removeChildElement(removed);
    });
    assertThat(changes).extracting(Change::kind)
        .contains(Kind.LANGKAH_BARU, Kind.LANGKAH_DIHAPUS, Kind.NAMA_LANGKAH, Kind.KEPUTUSAN);
    assertThat(only(changes, Kind.LANGKAH_BARU)).isEqualTo("Langkah \"Pemindaian berkas permohonan\" (pindai-berkas),"
        + " pelaksana Petugas Layanan Informasi (Meja PPID) (ppid-petugas)");
    assertThat(only(changes, Kind.LANGKAH_DIHAPUS)).startsWith("Langkah \"Pemberitahuan kekurangan permohonan kepada"
        + " pemohon\" (beritahu-tidak-lengkap) tidak ada lagi");
    assertThat(only(changes, Kind.NAMA_LANGKAH)).isEqualTo("Langkah (serahkan-informasi): \"Penyerahan informasi"
        + " kepada pemohon\" menjadi \"Penyerahan informasi dan tanda terima\"");
    assertThat(only(changes, Kind.KEPUTUSAN)).startsWith("Cabang pada keputusan \"Permohonan lengkap?\":"
        + " \"Tidak lengkap\"").contains(" menjadi \"Tidak lengkap\"");
  }

  @Test
  void decisionsAndTheirBranches() throws IOException {
    List<Change> changes = changesAfter(model -> {
      model.<SequenceFlow>getModelElementById("flow-gw-keputusan-ke-tetapkan-penolakan").setName("Informasi dikecualikan");
      ConditionExpression condition = model.<SequenceFlow>getModelElementById("flow-gw-lengkap-ke-telusuri-informasi")
          .getConditionExpression();
      condition.setTextContent("${hasilPemeriksaan == 'lengkap' || hasilPemeriksaan == 'dilengkapi'}");
      model.getModelElementById("gw-dikuasai").setAttributeValue("name", "Informasi dikuasai badan publik?");
    });
    assertThat(changes).extracting(Change::kind).containsOnly(Kind.KEPUTUSAN);
    assertThat(changes).extracting(Change::description).anySatisfy(text -> assertThat(text)
        .startsWith("Keputusan (gw-dikuasai): \"Informasi dikuasai?\" menjadi"))
        .anySatisfy(text -> assertThat(text).contains("\"Dikecualikan\"").contains("menjadi \"Informasi dikecualikan\""))
        .anySatisfy(text -> assertThat(text).contains("hasilPemeriksaan == 'dilengkapi'"));
    assertThat(changes).hasSize(3);
  }

  @Test
  void mutuBakuServiceStandardAndIdentity() throws IOException {
    List<Change> changes = changesAfter(model -> {
      Revisions.property(model, "serahkan-informasi", "sop.output").setCamundaValue("Informasi publik dan berita acara");
      Revisions.property(model, "pip-permohonan-informasi", "sop.waktu-layanan").setCamundaValue("7 hari kerja");
      Revisions.property(model, "pip-permohonan-informasi", "sop.dasar-hukum").setCamundaValue("UU 14/2008");
      Revisions.addProperty(model, "pip-permohonan-informasi", "sop.bidang", "sop.nomor", "000/999/425.112/2027");
    });
    assertThat(changes).extracting(Change::kind)
        .containsExactly(Kind.IDENTITAS, Kind.STANDAR_PELAYANAN, Kind.MUTU_BAKU)
        .as("the number comes from the approval, not the modeller").doesNotContain(Kind.LANGKAH_BARU);
    assertThat(only(changes, Kind.STANDAR_PELAYANAN)).startsWith("Waktu layanan SOP: ").endsWith("menjadi \"7 hari kerja\"");
    assertThat(only(changes, Kind.MUTU_BAKU)).startsWith("Output langkah \"Penyerahan informasi kepada pemohon\"");
    assertThat(ModelChanges.asText(changes)).contains("- Mutu baku diubah: Output langkah");
  }

  @Test
  void aRevisionOfAnotherSopIsRefusedNamingBoth() throws IOException {
    BpmnModelInstance other = ppid();
    other.<Process>getModelElementById("pip-permohonan-informasi").setId("pip-lain");
    assertThatThrownBy(() -> ModelChanges.between(ppid(), other)).hasMessageContaining("'pip-lain'")
        .hasMessageContaining("'pip-permohonan-informasi'");
  }

  private static List<Change> changesAfter(Consumer<BpmnModelInstance> edit) throws IOException {
    BpmnModelInstance revised = ppid();
    edit.accept(revised);
    // read back from the file a modeller would save
    BpmnModelInstance saved = SopReader.parse(Revisions.saved(revised).getBytes(StandardCharsets.UTF_8));
    return ModelChanges.between(ppid(), saved);
  }

  private static String only(List<Change> changes, Kind kind) {
    List<String> of = changes.stream().filter(change -> change.kind() == kind).map(Change::description).toList();
    assertThat(of).as(kind.name()).hasSize(1);
    return of.get(0);
  }

  private static BpmnModelInstance ppid() throws IOException {
    return Revisions.ppid();
  }
}

package org.sopflow.renewal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.sopflow.model.SopDefinition;
import org.sopflow.model.SopProperty;
import org.sopflow.model.SopProperty.Place;
import org.sopflow.model.SopReader;
import org.sopflow.model.SopStep;

/**
 * What changed between two versions of one SOP, in Indonesian, computed from the two models: what
 * the verifier and the head read before they pass and approve a revision, and what the version
 * keeps as its riwayat revisi. Steps and decisions are matched by their ids, as Camunda matches
 * them when it moves running cases; an element whose id changed reads as removed and added.
 */
public final class ModelChanges {

  /** The kinds of change the renewal names, each with its Indonesian heading. */
  public enum Kind {
    LANGKAH_BARU("Langkah baru"),
    LANGKAH_DIHAPUS("Langkah dihapus"),
    NAMA_LANGKAH("Nama langkah diubah"),
    PELAKSANA("Pelaksana diubah"),
    WAKTU_STANDAR("Waktu standar diubah"),
    KEPUTUSAN("Keputusan diubah"),
    MUTU_BAKU("Mutu baku diubah"),
    STANDAR_PELAYANAN("Standar pelayanan diubah"),
    IDENTITAS("Identitas SOP diubah");

    private final String heading;

    Kind(String heading) {
      this.heading = heading;
    }

    public String heading() {
      return heading;
    }
  }

  /** One change: its kind, the element it concerns (the process id for the SOP as a whole), and what it says. */
  public record Change(Kind kind, String elementId, String description) {
  }

  /** Set by the approval, not by the modeller: a difference there is no change of the SOP. */
  private static final Set<SopProperty> FROM_APPROVAL = Set.of(SopProperty.NOMOR, SopProperty.TANGGAL_PEMBUATAN,
      SopProperty.TANGGAL_REVISI, SopProperty.TANGGAL_EFEKTIF, SopProperty.DISAHKAN_OLEH);
  private static final Set<SopProperty> SERVICE_STANDARD = Set.of(SopProperty.WAKTU_LAYANAN,
      SopProperty.LAYANAN_PUBLIK, SopProperty.KALENDER, SopProperty.PERPANJANGAN_LAYANAN,
      SopProperty.WAKTU_LAYANAN_JALUR);
  private static final Set<SopProperty> TIMING = Set.of(SopProperty.WAKTU, SopProperty.SUMBER_WAKTU,
      SopProperty.KALENDER_LANGKAH, SopProperty.MENUNGGU_PEMOHON, SopProperty.TENGGAT_DARI);

  private final SopReader beforeReader;
  private final SopReader afterReader;
  private final SopDefinition before;
  private final SopDefinition after;
  private final List<Change> changes = new ArrayList<>();

  private ModelChanges(SopReader beforeReader, SopReader afterReader) {
    this.beforeReader = beforeReader;
    this.afterReader = afterReader;
    this.before = beforeReader.read().sop();
    this.after = afterReader.read().sop();
  }

  /**
   * The changes from one version's model to the next, in the order of the new flow (the removed
   * steps after it). Both files must hold the same SOP (the same process id).
   */
  public static List<Change> between(BpmnModelInstance previous, BpmnModelInstance revised) {
    SopReader beforeReader = onlyProcess(previous);
    SopReader afterReader = onlyProcess(revised);
    if (!beforeReader.process().getId().equals(afterReader.process().getId())) {
      throw new IllegalArgumentException("the revision is of SOP '" + afterReader.process().getId()
          + "', not of '" + beforeReader.process().getId() + "': its process id must stay the same");
    }
    ModelChanges diff = new ModelChanges(beforeReader, afterReader);
    diff.compareIdentity();
    diff.compareSteps();
    diff.compareDecisions();
    return List.copyOf(diff.changes);
  }

  private static SopReader onlyProcess(BpmnModelInstance model) {
    List<SopReader> processes = SopReader.of(model);
    if (processes.size() != 1) {
      throw new IllegalArgumentException("an SOP model holds one executable process; this one holds "
          + processes.size());
    }
    return processes.get(0);
  }

  private void compareIdentity() {
    String sop = after.key();
    if (!Objects.equals(before.name(), after.name())) {
      add(Kind.IDENTITAS, sop, "Nama SOP: " + quoted(before.name()) + " menjadi " + quoted(after.name()));
    }
    for (SopProperty property : SopProperty.values()) {
      if (property.standsAt(Place.PROCESS) && !FROM_APPROVAL.contains(property)) {
        compareProperty(SERVICE_STANDARD.contains(property) ? Kind.STANDAR_PELAYANAN : Kind.IDENTITAS, sop, "SOP",
            property, before.identity(property), after.identity(property));
      }
    }
  }

  private void compareSteps() {
    for (SopStep step : after.steps()) {
      before.step(step.activityId()).ifPresentOrElse(old -> compareStep(old, step),
          () -> add(Kind.LANGKAH_BARU, step.activityId(), describeNew(step)));
    }
    for (SopStep step : before.steps()) {
      if (after.step(step.activityId()).isEmpty()) {
        add(Kind.LANGKAH_DIHAPUS, step.activityId(), "Langkah " + stepName(step) + " tidak ada lagi");
      }
    }
  }

  private String describeNew(SopStep step) {
    return "Langkah " + stepName(step) + ", pelaksana " + laneName(after, step.role())
        + (step.waktu() == null ? "" : ", waktu standar " + step.waktu());
  }

  private void compareStep(SopStep old, SopStep step) {
    String id = step.activityId();
    if (!Objects.equals(old.name(), step.name())) {
      add(Kind.NAMA_LANGKAH, id, "Langkah (" + id + "): " + quoted(old.name()) + " menjadi " + quoted(step.name()));
    }
    if (!Objects.equals(old.role(), step.role())) {
      add(Kind.PELAKSANA, id, "Pelaksana langkah " + stepName(step) + ": " + laneName(before, old.role())
          + " menjadi " + laneName(after, step.role()));
    }
    Map<String, String> oldProperties = SopReader.properties(beforeReader.process().getModelInstance()
        .getModelElementById(id));
    Map<String, String> newProperties = SopReader.properties(afterReader.process().getModelInstance()
        .getModelElementById(id));
    for (SopProperty property : SopProperty.values()) {
      if (property.standsAt(Place.STEP) || property.standsAt(Place.WAIT)) {
        Kind kind = TIMING.contains(property) ? Kind.WAKTU_STANDAR
            : SERVICE_STANDARD.contains(property) ? Kind.STANDAR_PELAYANAN : Kind.MUTU_BAKU;
        compareProperty(kind, id, "langkah " + stepName(step), property, property.in(oldProperties),
            property.in(newProperties));
      }
    }
  }

  private void compareProperty(Kind kind, String elementId, String where, SopProperty property, String old,
                               String now) {
    if (Objects.equals(old, now)) {
      return;
    }
    String label = property.label() + " " + where;
    if (old == null) {
      add(kind, elementId, label + " ditetapkan: " + quoted(now));
    } else if (now == null) {
      add(kind, elementId, label + " dihapus (sebelumnya " + quoted(old) + ")");
    } else {
      add(kind, elementId, label + ": " + quoted(old) + " menjadi " + quoted(now));
    }
  }

  private void compareDecisions() {
    Map<String, FlowNode> oldDecisions = decisions(beforeReader);
    Map<String, FlowNode> newDecisions = decisions(afterReader);
    for (FlowNode decision : newDecisions.values()) {
      FlowNode old = oldDecisions.get(decision.getId());
      if (old == null) {
        add(Kind.KEPUTUSAN, decision.getId(), "Keputusan baru " + nodeName(decision) + " dengan cabang "
            + String.join(", ", branches(afterReader, decision).values().stream().map(this::describeBranch).toList()));
      } else {
        compareDecision(old, decision);
      }
    }
    oldDecisions.keySet().stream().filter(id -> !newDecisions.containsKey(id)).forEach(id ->
        add(Kind.KEPUTUSAN, id, "Keputusan " + nodeName(oldDecisions.get(id)) + " tidak ada lagi"));
  }

  private void compareDecision(FlowNode old, FlowNode decision) {
    String id = decision.getId();
    String where = "keputusan " + nodeName(decision);
    if (!Objects.equals(old.getName(), decision.getName())) {
      add(Kind.KEPUTUSAN, id, "Keputusan (" + id + "): " + quoted(old.getName()) + " menjadi "
          + quoted(decision.getName()));
    }
    Map<String, SequenceFlow> oldBranches = branches(beforeReader, old);
    Map<String, SequenceFlow> newBranches = branches(afterReader, decision);
    Set<String> ids = new LinkedHashSet<>(newBranches.keySet());
    ids.addAll(oldBranches.keySet());
    for (String branchId : ids) {
      SequenceFlow was = oldBranches.get(branchId);
      SequenceFlow is = newBranches.get(branchId);
      if (was == null) {
        add(Kind.KEPUTUSAN, id, "Cabang baru pada " + where + ": " + describeBranch(is));
      } else if (is == null) {
        add(Kind.KEPUTUSAN, id, "Cabang " + describeBranch(was) + " pada " + where + " tidak ada lagi");
      } else if (!describeBranch(was).equals(describeBranch(is))) {
        add(Kind.KEPUTUSAN, id, "Cabang pada " + where + ": " + describeBranch(was) + " menjadi " + describeBranch(is));
      }
    }
  }

  /** The exclusive, inclusive and event-based gateways: where the SOP decides (a parallel split decides nothing). */
  private static Map<String, FlowNode> decisions(SopReader reader) {
    Map<String, FlowNode> decisions = new LinkedHashMap<>();
    reader.inFlowOrder().stream().filter(node -> node instanceof ExclusiveGateway || node instanceof InclusiveGateway
            || node instanceof EventBasedGateway).filter(node -> reader.outgoingFlows(node).size() > 1)
        .forEach(node -> decisions.put(node.getId(), node));
    return decisions;
  }

  private static Map<String, SequenceFlow> branches(SopReader reader, FlowNode decision) {
    Map<String, SequenceFlow> branches = new LinkedHashMap<>();
    reader.outgoingFlows(decision).forEach(flow -> branches.put(flow.getId(), flow));
    return branches;
  }

  /** A branch as the reader knows it: its label, its condition and where it leads. */
  private String describeBranch(SequenceFlow flow) {
    ConditionExpression condition = flow.getConditionExpression();
    return quoted(flow.getName() == null ? flow.getId() : flow.getName())
        + (condition == null || condition.getTextContent().isBlank() ? "" : " [" + condition.getTextContent().trim() + "]")
        + " ke " + nodeName(flow.getTarget());
  }

  private static String stepName(SopStep step) {
    return quoted(step.name() == null ? step.activityId() : step.name()) + " (" + step.activityId() + ")";
  }

  private static String nodeName(FlowNode node) {
    return quoted(node.getName() == null ? node.getId() : node.getName());
  }

  private static String laneName(SopDefinition sop, String role) {
    if (role == null) {
      return "(tanpa lajur)";
    }
    return sop.lane(role).map(lane -> lane.name() == null ? role : lane.name() + " (" + role + ")").orElse(role);
  }

  private static String quoted(String text) {
    return text == null ? "(kosong)" : "\"" + text + "\"";
  }

  private void add(Kind kind, String elementId, String description) {
    changes.add(new Change(kind, elementId, description));
  }

  /** The changes as the renewal's tasks and the SOP document show them: one line per change, under its heading. */
  public static String asText(List<Change> changes) {
    if (changes.isEmpty()) {
      return "Tidak ada perubahan pada langkah, pelaksana, waktu, keputusan, mutu baku, standar pelayanan maupun"
          + " identitas SOP.";
    }
    StringBuilder text = new StringBuilder();
    Function<Change, String> line = change -> "- " + change.kind().heading() + ": " + change.description();
    changes.forEach(change -> text.append(line.apply(change)).append('\n'));
    return text.toString().strip();
  }
}

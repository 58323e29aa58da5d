package org.sopflow.renewal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.sopflow.engine.CurrentUser;
import org.sopflow.engine.ParsedSop;
import org.sopflow.engine.SopEngineHook;
import org.sopflow.model.Opds;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The steps of <i>Penyusunan dan Pembaruan SOP</i> move the draft their case is about, in the task's
 * transaction: the drafting team's step submits it, the verifier passes it or returns it, the head
 * approves it (signed, in force from its effective date) or returns it. The verifier's and the head's
 * forms show what changed, computed again when their step begins.
 */
final class RenewalHook implements SopEngineHook {

  static final String DRAFTING = "penyusunan-draf-sop";
  static final String VERIFICATION = "verifikasi-draf-sop";
  static final String APPROVAL = "pengesahan-sop";

  private final ObjectProvider<SopVersions> versions;
  private final ObjectProvider<RenewalCases> cases;
  private final Opds opds;

  RenewalHook(ObjectProvider<SopVersions> versions, ObjectProvider<RenewalCases> cases, Opds opds) {
    this.versions = versions;
    this.cases = cases;
    this.opds = opds;
  }

  @Override
  public Stage stage() {
    return Stage.RENEWAL;
  }

  @Override
  public void parsed(ParsedSop process) {
    if (!opds.isRenewalSop(process.sop().key())) {
      return;
    }
    for (String step : new String[] {DRAFTING, VERIFICATION, APPROVAL}) {
      process.onUserTask(step, TaskListener.EVENTNAME_CREATE, this::describe);
    }
    process.onUserTask(DRAFTING, TaskListener.EVENTNAME_COMPLETE, task -> {
      if (version(task).state() == VersionState.DRAF) {
        versions.getObject().submitForVerification(versionId(task));
      }
    });
    process.onUserTask(VERIFICATION, TaskListener.EVENTNAME_COMPLETE, task -> {
      if (!"Ya".equals(task.getVariable("verifikasiSesuai"))) {
        returnToDrafting(task, "catatanVerifikasi", "Dikembalikan verifikator");
      }
    });
    process.onUserTask(APPROVAL, TaskListener.EVENTNAME_COMPLETE, task -> {
      if ("Ya".equals(task.getVariable("disahkan"))) {
        approve(task);
      } else {
        returnToDrafting(task, "catatanPengesahan", "Dikembalikan Kepala Dinas");
      }
    });
  }

  /** The draft as it is now: a revision sent meanwhile shows its own changes. */
  private void describe(DelegateTask task) {
    task.getExecution().setVariables(cases.getObject().describe(version(task)));
  }

  private void returnToDrafting(DelegateTask task, String noteVariable, String otherwise) {
    if (version(task).state() == VersionState.DIAJUKAN) {
      Object note = task.getVariable(noteVariable);
      versions.getObject().returnToDrafting(versionId(task), note == null || note.toString().isBlank() ? otherwise
          : note.toString());
    }
  }

  private void approve(DelegateTask task) {
    if (version(task).state() != VersionState.DIAJUKAN) {
      return; // approved already, outside the case
    }
    SopVersions all = versions.getObject();
    all.approveWithoutPuttingInForce(versionId(task), new Approval(text(task, "nomorSop", "Nomor SOP"),
        text(task, "disahkanOleh", "Disahkan oleh"), date(task)), approver(task));
    // deployed after this transaction, outside the engine's command (at once if effective today)
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        all.putInForceWhenDue();
      }
    });
  }

  /** The head who completes the step: its assignee, or the user completing it without a claim. */
  private static String approver(DelegateTask task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    return CurrentUser.id(task.getProcessEngineServices().getIdentityService());
  }

  private static String text(DelegateTask task, String variable, String label) {
    Object value = task.getVariable(variable);
    if (value == null || value.toString().isBlank()) {
      throw new SopVersions.DraftRefused(label + " wajib diisi untuk mengesahkan SOP (isian '" + variable + "')");
    }
    return value.toString().trim();
  }

  private static LocalDate date(DelegateTask task) {
    String value = text(task, "tanggalEfektif", "Tanggal efektif");
    try {
      return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    } catch (DateTimeParseException e) {
      throw new SopVersions.DraftRefused("Tanggal efektif '" + value + "' bukan tanggal (isian 'tanggalEfektif',"
          + " mis. 2027-01-04)");
    }
  }

  private SopVersion version(DelegateTask task) {
    return versions.getObject().find(versionId(task)).orElseThrow(() -> new SopVersions.VersionNotFound(
        versionId(task)));
  }

  private static String versionId(DelegateTask task) {
    Object id = task.getVariable(RenewalCases.VERSION);
    if (id == null) {
      throw new SopVersions.DraftRefused("Kasus pembaruan SOP dimulai dari sebuah draf: kirim draf"
          + " (POST /api/versi/draf atau folder proses) atau pilih Mulai pembaruan pada temuan register");
    }
    return id.toString();
  }
}

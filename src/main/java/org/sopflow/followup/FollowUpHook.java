package org.sopflow.followup;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.sopflow.engine.CurrentUser;
import org.sopflow.engine.ParsedSop;
import org.sopflow.engine.SopEngineHook;
import org.sopflow.model.Opds;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The steps of <i>Tindak Lanjut Hasil Evaluasi</i> move the follow-up their case is about, in the
 * task's transaction: planning fixes the action, its cause and due date (and may start the SOP's
 * renewal), carrying it out records what was done and with what evidence, and the check, once its
 * period has ended, closes it as effective or sends it back to planning. Staff read the refusals
 * in Tasklist, so they are Indonesian.
 */
final class FollowUpHook implements SopEngineHook {

  private final ObjectProvider<FollowUps> followUps;
  private final ObjectProvider<FollowUpCases> cases;
  private final ApplicationEventPublisher events;
  private final Opds opds;

  FollowUpHook(ObjectProvider<FollowUps> followUps, ObjectProvider<FollowUpCases> cases,
               ApplicationEventPublisher events, Opds opds) {
    this.opds = opds;
    this.followUps = followUps;
    this.cases = cases;
    this.events = events;
  }

  @Override
  public Stage stage() {
    return Stage.FOLLOW_UP;
  }

  @Override
  public void parsed(ParsedSop process) {
    if (!opds.isFollowUpSop(process.sop().key())) {
      return;
    }
    process.onProcess(ExecutionListener.EVENTNAME_START, execution -> id(execution));
    process.onProcess(ExecutionListener.EVENTNAME_END, execution -> {
      if (execution.isCanceled()) {
        followUps.getObject().cancelled(id(execution));
      }
    });
    process.onUserTask(FollowUpCases.PLANNING, TaskListener.EVENTNAME_COMPLETE, this::planned);
    process.onUserTask(FollowUpCases.CARRYING_OUT, TaskListener.EVENTNAME_COMPLETE, this::done);
    process.onUserTask(FollowUpCases.CHECK, TaskListener.EVENTNAME_CREATE,
        task -> task.getExecution().setVariables(cases.getObject().checkVariables(followUp(task))));
    process.onUserTask(FollowUpCases.CHECK, TaskListener.EVENTNAME_COMPLETE, this::checked);
  }

  private void planned(DelegateTask task) {
    FollowUp followUp = followUp(task);
    boolean revises = "Ya".equals(task.getVariable("revisiSop"));
    followUps.getObject().planned(followUp.id(), text(task, "tindakan", "Tindakan"), optional(task, "penyebab"),
        date(task, "tenggat"), revises);
    if (revises && followUp.renewalVersionId() == null) {
      String sop = followUp.source().sopKey() != null ? followUp.source().sopKey()
          : followUps.getObject().sopOfService(followUp.source().serviceKey());
      if (sop == null) {
        throw new BadUserRequestException("Revisi SOP: temuan ini tidak menyebut SOP yang dapat direvisi"
            + " (isian 'revisiSop'); pilih Tidak dan tuliskan tindakannya");
      }
      events.publishEvent(new RevisionRequested(followUp.id(), sop, "Tindak lanjut: " + followUp.evidence(),
          task.getAssignee() != null ? task.getAssignee()
              : CurrentUser.id(task.getProcessEngineServices().getIdentityService())));
    }
  }

  private void done(DelegateTask task) {
    FollowUp followUp = followUp(task);
    followUps.getObject().done(followUp.id(), text(task, "hasilTindakLanjut", "Hasil tindak lanjut"),
        text(task, "buktiPelaksanaan", "Bukti pelaksanaan"));
    task.getExecution().setVariable("periksaSebelum", followUps.getObject().checkDue(followUp).toString());
  }

  private void checked(DelegateTask task) {
    FollowUp followUp = followUp(task);
    LocalDate end = followUp.checkPeriod().to();
    if (followUps.getObject().today().isBefore(end)) {
      throw new BadUserRequestException("Efektivitas diperiksa setelah periode pemeriksaan "
          + followUp.checkPeriod().label() + " berakhir: angka periode itu belum lengkap");
    }
    Object verdict = task.getVariable("efektif");
    if (!"Ya".equals(verdict) && !"Tidak".equals(verdict)) {
      throw new BadUserRequestException("Efektif wajib diisi Ya atau Tidak (isian 'efektif')");
    }
    followUps.getObject().checked(followUp.id(), "Ya".equals(verdict), optional(task, "catatanPemeriksaan"));
  }

  private FollowUp followUp(DelegateTask task) {
    return followUps.getObject().get(id(task));
  }

  private static String id(VariableScope scope) {
    Object id = scope.getVariable(FollowUpCases.ID);
    if (id == null) {
      throw new BadUserRequestException("Kasus tindak lanjut dibuat dari sebuah temuan: POST /api/tindak-lanjut"
          + " (register, monitoring, evaluasi, log maladministrasi atau SKM), tidak dimulai dari Tasklist");
    }
    return id.toString();
  }

  private static String text(DelegateTask task, String variable, String label) {
    String value = optional(task, variable);
    if (value == null) {
      throw new BadUserRequestException(label + " wajib diisi (isian '" + variable + "')");
    }
    return value;
  }

  private static String optional(DelegateTask task, String variable) {
    Object value = task.getVariable(variable);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  private static LocalDate date(DelegateTask task, String variable) {
    String value = text(task, variable, "Tenggat");
    try {
      return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    } catch (DateTimeParseException e) {
      throw new BadUserRequestException("Tenggat '" + value + "' bukan tanggal (isian '" + variable
          + "', mis. 2026-08-31)");
    }
  }
}

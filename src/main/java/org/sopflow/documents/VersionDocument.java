package org.sopflow.documents;

import java.util.List;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.sopflow.model.SopDefinition;
import org.sopflow.model.SopReader;
import org.sopflow.print.Pdf;

/**
 * The SOP document of a version the engine does not run yet (a draft, or one waiting for its
 * effective date): the same document, with what it is printed above it and its riwayat revisi
 * below, for the verifier and the head to read before they pass and approve it.
 */
public final class VersionDocument {

  /** The id of the element the visible signature goes into. */
  public static final String SIGNATURE_SLOT = "ttd";

  private VersionDocument() {
  }

  /**
   * @param unit the OPD the SOP is of, as the header names it (null: the model's pool name)
   * @param status printed above the document, e.g. "DRAF - belum disahkan"
   * @param revisions what changed against the version in force, one line each
   */
  public static String html(BpmnModelInstance model, String unit, String version, String status, List<String> revisions,
                            List<String> services) {
    SopDefinition sop = SopReader.of(model).get(0).read().sop();
    return SopDocument.render(sop, version, model, unit, services, status, revisions, null);
  }

  /**
   * The approved version's document as it is signed: no status above it, its riwayat revisi below,
   * the verification address with its QR code, and the place of the visible signature
   * ({@link #SIGNATURE_SLOT}) under "Disahkan oleh".
   */
  public static Pdf.Printed approved(BpmnModelInstance model, String unit, String version, List<String> revisions,
                                     List<String> services, String verificationUrl) {
    SopDefinition sop = SopReader.of(model).get(0).read().sop();
    return Pdf.printMarked(SopDocument.render(sop, version, model, unit, services, null, revisions, verificationUrl),
        SIGNATURE_SLOT);
  }

  public static byte[] pdf(BpmnModelInstance model, String unit, String version, String status, List<String> revisions,
                           List<String> services) {
    return Pdf.print(html(model, unit, version, status, revisions, services));
  }
}

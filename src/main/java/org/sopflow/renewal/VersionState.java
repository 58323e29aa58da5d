package org.sopflow.renewal;

/**
 * Where a version of an SOP stands: drafted, submitted for verification, approved (with nomor,
 * revision, date and approver), in force from its effective date, then superseded by the next
 * version or withdrawn. Only a version in force receives cases.
 */
public enum VersionState {
  DRAF, DIAJUKAN, DISAHKAN, BERLAKU, DIGANTIKAN, DICABUT;

  /** As staff read it: {@code draf}, {@code diajukan}, ... */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

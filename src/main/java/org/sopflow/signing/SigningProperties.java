package org.sopflow.signing;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The approved SOP document's electronic signature ({@code sop.signing.*}).
 *
 * @param mode {@code none}: the document is stored with its hash and signed on paper;
 *     {@code pkcs12}: signed with the key of {@code pkcs12.*}; {@code bsre}: signed by the national
 *     signing service (Balai Besar Sertifikasi Elektronik) at {@code bsre.*}
 * @param location where the document is signed, as the signature says
 * @param pkcs12 the office's signing key
 * @param bsre the national signing service
 */
@ConfigurationProperties("sop.signing")
public record SigningProperties(@DefaultValue("none") Mode mode,
                                @DefaultValue("Kota Probolinggo") String location,
                                @DefaultValue Pkcs12 pkcs12,
                                @DefaultValue Bsre bsre) {

  /** How approved documents are signed. */
  public enum Mode { NONE, PKCS12, BSRE }

  /**
   * @param path the PKCS#12 file (.p12) holding the key and its certificate chain
   * @param password the file's and the key's password
   * @param alias the key's alias in the file; empty: its only key
   * @param createDemoKey create a self-signed key at {@code path} when there is none (the demo profile only)
   */
  public record Pkcs12(Path path, String password, @DefaultValue("") String alias,
                       @DefaultValue("false") boolean createDemoKey) {

    @Override
    public String toString() {
      return "Pkcs12[path=" + path + ", alias=" + alias + "]";
    }
  }

  /**
   * @param url the signing service's address, e.g. {@code https://esign.example.go.id}; its API
   *     {@code POST /api/sign/pdf} is called
   * @param username the client account (HTTP Basic)
   * @param password its password
   * @param nik the NIK of the certificate holder who approves SOPs (the head of the office)
   * @param timeout how long one signature may take
   */
  public record Bsre(String url, String username, String password, String nik,
                     @DefaultValue("30s") Duration timeout) {

    @Override
    public String toString() {
      return "Bsre[url=" + url + ", username=" + username + "]";
    }
  }
}

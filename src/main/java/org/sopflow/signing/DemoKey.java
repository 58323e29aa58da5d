package org.sopflow.signing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A self-signed signing key for the demo and the tests, written as a PKCS#12 file: a document it signs
 * verifies as unchanged, but its certificate is nobody's. Never used outside the demo profile.
 */
public final class DemoKey {

  static final String SUBJECT = "CN=Kepala Dinas (demo SOP Flow), O=SOP Flow demo, C=ID";

  private DemoKey() {
  }

  /** Writes a new key with a five-year self-signed certificate to {@code file}. */
  public static void create(Path file, String password) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      KeyPair pair = generator.generateKeyPair();
      Instant now = Instant.now();
      X500Name subject = new X500Name(SUBJECT);
      X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
          subject, BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(Duration.ofDays(1))),
          Date.from(now.plus(Duration.ofDays(5 * 365))), subject, pair.getPublic())
          .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry("demo", pair.getPrivate(), password.toCharArray(), new Certificate[] {certificate});
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        store.store(out, password.toCharArray());
      }
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException("The demo signing key cannot be created", e);
    } catch (IOException e) {
      throw new UncheckedIOException("The demo signing key cannot be written to " + file, e);
    }
  }
}

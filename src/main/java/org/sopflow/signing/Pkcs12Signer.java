package org.sopflow.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collections;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.sopflow.print.Pdf.Place;

/**
 * Signs with the office's key from a PKCS#12 file: PAdES baseline (a detached CAdES signature, ETSI.CAdES.detached,
 * with the signing certificate as a signed attribute), appended to the PDF so the document itself is unchanged.
 */
final class Pkcs12Signer implements DocumentSigner {

  private static final DateTimeFormatter SIGNED_AT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH.mm z",
      Locale.forLanguageTag("id-ID"));

  private final PrivateKey key;
  private final List<X509Certificate> chain;
  private final String location;
  private final Clock clock;

  Pkcs12Signer(KeyStore store, char[] password, String alias, String location, Clock clock) {
    try {
      String entry = alias.isEmpty() ? onlyKey(store) : alias;
      if (!store.isKeyEntry(entry)) {
        throw new IllegalArgumentException("sop.signing.pkcs12.alias '" + entry + "' is not a key in the PKCS#12 file");
      }
      this.key = (PrivateKey) store.getKey(entry, password);
      this.chain = Arrays.stream(store.getCertificateChain(entry)).map(X509Certificate.class::cast).toList();
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("sop.signing.pkcs12: the key cannot be read: " + e.getMessage(), e);
    }
    this.location = location;
    this.clock = clock;
  }

  static Pkcs12Signer of(SigningProperties.Pkcs12 file, String location, Clock clock) {
    if (file.path() == null || file.password() == null) {
      throw new IllegalArgumentException("sop.signing.mode is pkcs12: set sop.signing.pkcs12.path and .password");
    }
    char[] password = file.password().toCharArray();
    try (InputStream in = Files.newInputStream(file.path())) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      return new Pkcs12Signer(store, password, file.alias(), location, clock);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException("sop.signing.pkcs12.path " + file.path() + " cannot be read as PKCS#12: "
          + e.getMessage(), e);
    }
  }

  X509Certificate certificate() {
    return chain.get(0);
  }

  @Override
  public byte[] sign(byte[] pdf, Place place, Signatory signatory) {
    try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream signed = new ByteArrayOutputStream()) {
      Calendar now = GregorianCalendar.from(clock.instant().atZone(clock.getZone()));
      now.setTimeZone(TimeZone.getTimeZone(clock.getZone()));
      PDSignature signature = new PDSignature();
      signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
      signature.setName(signatory.name());
      signature.setReason(signatory.reason());
      signature.setLocation(location);
      signature.setSignDate(now);
      try (SignatureOptions options = new SignatureOptions()) {
        options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE * 2);
        if (place != null) {
          options.setVisualSignature(SignatureBlock.template(document, place, List.of(
              "Ditandatangani secara elektronik oleh", signatory.name(), "Sertifikat: " + subject(),
              "pada " + SIGNED_AT.format(now.toInstant().atZone(clock.getZone())))));
          options.setPage(place.page());
        }
        document.addSignature(signature, content -> cms(content.readAllBytes()), options);
        document.saveIncremental(signed);
      }
      return signed.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("The SOP document cannot be signed", e);
    }
  }

  private String subject() {
    String subject = certificate().getSubjectX500Principal().getName();
    return subject.matches(".*\\bCN=[^,]+.*") ? subject.replaceAll(".*\\bCN=([^,]+).*", "$1") : subject;
  }

  private byte[] cms(byte[] content) throws IOException {
    try {
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      JcaSignerInfoGeneratorBuilder signerInfo = new JcaSignerInfoGeneratorBuilder(
          new JcaDigestCalculatorProviderBuilder().build());
      DefaultSignedAttributeTableGenerator attributes = new DefaultSignedAttributeTableGenerator(
          new AttributeTable(signingCertificate()));
      // PAdES takes the signing time from the signature dictionary, not from the CMS
      signerInfo.setSignedAttributeGenerator(parameters -> attributes.getAttributes(parameters)
          .remove(CMSAttributes.signingTime));
      generator.addSignerInfoGenerator(signerInfo.build(
          new JcaContentSignerBuilder("SHA256with" + algorithm()).build(key), certificate()));
      generator.addCertificates(new JcaCertStore(chain));
      return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
    } catch (CMSException | OperatorCreationException | GeneralSecurityException e) {
      throw new IOException("CMS signature failed: " + e.getMessage(), e);
    }
  }

  private String algorithm() {
    return key.getAlgorithm().equals("EC") ? "ECDSA" : key.getAlgorithm();
  }

  /** ESS signing-certificate-v2: binds the signature to this certificate (PAdES baseline B). */
  private ASN1EncodableVector signingCertificate() throws GeneralSecurityException {
    byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate().getEncoded());
    ASN1EncodableVector vector = new ASN1EncodableVector();
    vector.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
        new DERSet(new SigningCertificateV2(new ESSCertIDv2(hash)))));
    return vector;
  }

  private static String onlyKey(KeyStore store) throws GeneralSecurityException {
    List<String> keys = new ArrayList<>();
    for (String alias : Collections.list(store.aliases())) {
      if (store.isKeyEntry(alias)) {
        keys.add(alias);
      }
    }
    if (keys.size() != 1) {
      throw new IllegalArgumentException("The PKCS#12 file holds " + keys.size() + " keys: name one in"
          + " sop.signing.pkcs12.alias (" + keys + ")");
    }
    return keys.get(0);
  }
}

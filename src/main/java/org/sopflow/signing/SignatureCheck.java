package org.sopflow.signing;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.Selector;

/**
 * Checks a signed PDF: its last signature is intact and covers the whole file, so not one byte was
 * changed or added after signing. Who the certificate belongs to is reported, not judged: the
 * verification page compares the file with the one SOP Flow stored.
 */
public final class SignatureCheck {

  private SignatureCheck() {
  }

  /** What a check found; {@code signer} and {@code signedAt} where a signature was read. */
  public record Result(boolean signed, boolean intact, String signer, Instant signedAt, String problem) {

    static Result unsigned() {
      return new Result(false, false, null, null, "Dokumen tidak memuat tanda tangan elektronik");
    }

    static Result broken(String problem) {
      return new Result(true, false, null, null, problem);
    }
  }

  public static Result check(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<PDSignature> signatures = document.getSignatureDictionaries();
      if (signatures.isEmpty()) {
        return Result.unsigned();
      }
      PDSignature signature = signatures.get(signatures.size() - 1);
      int[] range = signature.getByteRange();
      if (range.length != 4 || range[0] != 0 || (long) range[2] + range[3] != pdf.length) {
        return Result.broken("Dokumen telah diubah atau ditambah setelah ditandatangani");
      }
      return verify(signature.getContents(pdf), signature.getSignedContent(pdf), signature);
    } catch (IOException | RuntimeException e) {
      return Result.broken("Berkas bukan PDF yang utuh: " + e.getMessage());
    }
  }

  /** The SHA-256 of a file, in hex: what the verification page shows and compares. */
  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Result verify(byte[] cms, byte[] signedContent, PDSignature signature) throws IOException {
    try {
      // the signature's place in the PDF is padded with zeros after the CMS structure
      ContentInfo structure;
      try (ASN1InputStream in = new ASN1InputStream(cms)) {
        structure = ContentInfo.getInstance(in.readObject());
      }
      CMSSignedData data = new CMSSignedData(new CMSProcessableByteArray(signedContent), structure);
      SignerInformation signer = data.getSignerInfos().getSigners().iterator().next();
      X509CertificateHolder certificate = data.getCertificates()
          .getMatches((Selector<X509CertificateHolder>) signer.getSID()).iterator().next();
      boolean intact = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
      Instant signedAt = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
      return new Result(true, intact, certificate.getSubject().toString(), signedAt,
          intact ? null : "Isi dokumen tidak cocok dengan tanda tangannya");
    } catch (CMSException | OperatorCreationException | java.security.cert.CertificateException
             | RuntimeException e) {
      return Result.broken("Tanda tangan tidak cocok dengan isi dokumen: " + e.getMessage());
    }
  }
}

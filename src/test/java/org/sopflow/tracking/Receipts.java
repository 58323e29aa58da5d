package org.sopflow.tracking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.sopflow.ApiClient;

/** The tracking code as an applicant gets it: printed on the receipt, the only place it exists. */
public final class Receipts {

  /** The code as the PDF's text has it: spaced out, as the receipt prints it letter-spaced. */
  private static final Pattern CODE = Pattern.compile("Kode lacak\\s+((?:[" + TrackingCode.ALPHABET + "]\\s*){12})");

  private Receipts() {
  }

  /** Prints the instance's receipt as {@code user} (issuing a new code) and reads the code off it. */
  public static String printedCode(int port, String processInstanceId, String user) {
    HttpResponse<byte[]> pdf = new ApiClient(port).getBytes("/api/layanan/" + processInstanceId + "/tanda-bukti.pdf",
        user);
    if (pdf.statusCode() != 200) {
      throw new IllegalStateException("The receipt of " + processInstanceId + " was refused: " + pdf.statusCode());
    }
    return code(pdf.body());
  }

  static String code(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      Matcher code = CODE.matcher(new PDFTextStripper().getText(document));
      if (!code.find()) {
        throw new IllegalStateException("The receipt shows no tracking code");
      }
      return code.group(1).replaceAll("\\s", "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

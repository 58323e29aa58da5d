package org.sopflow.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sopflow.print.Pdf;
import org.sopflow.signing.DocumentSigner.Signatory;

/** The approved document's signature as PDFBox and Bouncy Castle read it back. */
class SigningTest {

  private static final String PAGE = "<html><head><style>@page { size: A4 landscape; margin: 12mm; }"
      + " #ttd { width: 200pt; height: 40pt; }</style></head><body><p>STANDAR OPERASIONAL PROSEDUR</p>"
      + "<p>Disahkan oleh Kepala Dinas</p><div id=\"ttd\"></div><p>Nomor 800/1/2026</p></body></html>";
  private static final Signatory HEAD = new Signatory("Kepala Dinas Komunikasi dan Informatika",
      "Pengesahan SOP nomor 800/1/2026", null);

  @TempDir
  static Path keys;
  private static Pkcs12Signer signer;

  @BeforeAll
  static void demoKey() {
    Path file = keys.resolve("kepala.p12");
    DemoKey.create(file, "rahasia-uji");
    signer = Pkcs12Signer.of(new SigningProperties.Pkcs12(file, "rahasia-uji", "", false), "Kota Probolinggo",
        Clock.system(ZoneId.of("Asia/Jakarta")));
  }

  @Test
  void theSignedDocumentVerifiesAndCarriesAVisibleSignatureInItsSlot() throws IOException {
    Pdf.Printed printed = Pdf.printMarked(PAGE, "ttd");
    assertThat(printed.place()).as("the slot is found").isNotNull();
    byte[] signed = signer.sign(printed.pdf(), printed.place(), HEAD);

    SignatureCheck.Result result = SignatureCheck.check(signed);
    assertThat(result.signed()).isTrue();
    assertThat(result.intact()).as(result.problem()).isTrue();
    assertThat(result.signer()).contains("Kepala Dinas (demo SOP Flow)");
    assertThat(result.signedAt()).isNotNull();
    assertThat(Arrays.copyOf(signed, printed.pdf().length)).as("signing appends, the document stays as printed")
        .isEqualTo(printed.pdf());
    try (PDDocument document = Loader.loadPDF(signed)) {
      PDSignatureField field = (PDSignatureField) document.getDocumentCatalog().getAcroForm().getFields().get(0);
      PDAnnotationWidget widget = field.getWidgets().get(0);
      float pageHeight = document.getPage(0).getMediaBox().getHeight();
      assertThat(widget.getRectangle().getWidth()).isCloseTo(200f, org.assertj.core.data.Offset.offset(1f));
      assertThat(widget.getRectangle().getLowerLeftY()).as("near the top, where the slot is printed")
          .isGreaterThan(pageHeight / 2);
      String block = new String(widget.getAppearance().getNormalAppearance().getAppearanceStream().getContentStream()
          .toByteArray(), StandardCharsets.ISO_8859_1);
      assertThat(block).as("the visible block names the approver and the certificate's holder")
          .contains("Kepala Dinas Komunikasi dan Informatika").contains("Sertifikat: Kepala Dinas \\(demo SOP Flow\\)")
          .contains("WIB");
      assertThat(document.getSignatureDictionaries().get(0).getSubFilter()).isEqualTo("ETSI.CAdES.detached");
      assertThat(new PDFTextStripper().getText(document)).contains("Nomor 800/1/2026");
    }
  }

  @Test
  void oneChangedByteOrAnAddedPageFailsVerification() {
    Pdf.Printed printed = Pdf.printMarked(PAGE, "ttd");
    byte[] signed = signer.sign(printed.pdf(), printed.place(), HEAD);
    String text = new String(signed, StandardCharsets.ISO_8859_1);
    int number = text.indexOf("/MediaBox");
    byte[] changed = signed.clone();
    changed[number + 1] = (byte) 'm'; // /mediaBox: one byte inside the signed range
    assertThat(SignatureCheck.check(changed).intact()).isFalse();
    assertThat(SignatureCheck.check(changed).problem()).isNotBlank();

    byte[] appended = Arrays.copyOf(signed, signed.length + 20);
    System.arraycopy("\n% ditambahkan\n".getBytes(StandardCharsets.US_ASCII), 0, appended, signed.length, 15);
    assertThat(SignatureCheck.check(appended).intact()).as("bytes after the signed range").isFalse();

    assertThat(SignatureCheck.check(printed.pdf()).signed()).as("the unsigned print").isFalse();
    assertThat(SignatureCheck.check("bukan pdf".getBytes(StandardCharsets.UTF_8)).intact()).isFalse();
  }

  @Test
  void theNationalSigningServiceIsCalledWithTheHoldersNikAndTheApproversPassphrase() throws IOException {
    Map<String, String> received = new ConcurrentHashMap<>();
    HttpServer bsre = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    bsre.createContext("/api/sign/pdf", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1);
      received.put("authorization", exchange.getRequestHeaders().getFirst("Authorization"));
      received.put("body", body);
      boolean rightPassphrase = body.contains("name=\"passphrase\"\r\n\r\nbenar\r\n");
      byte[] pdf = body.substring(body.indexOf("%PDF-"), body.lastIndexOf("\r\n--")).getBytes(StandardCharsets.ISO_8859_1);
      byte[] answer = rightPassphrase ? signer.sign(pdf, null, HEAD)
          : "{\"error\":\"Passphrase anda salah\",\"status_code\":2031}".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(rightPassphrase ? 200 : 400, answer.length);
      exchange.getResponseBody().write(answer);
      exchange.close();
    });
    bsre.start();
    try {
      BsreSigner service = new BsreSigner(new SigningProperties.Bsre("http://127.0.0.1:" + bsre.getAddress().getPort(),
          "sopflow", "rahasia", "3574000000000001", Duration.ofSeconds(10)));
      Pdf.Printed printed = Pdf.printMarked(PAGE, "ttd");

      byte[] signed = service.sign(printed.pdf(), printed.place(), new Signatory(HEAD.name(), HEAD.reason(), "benar"));
      assertThat(SignatureCheck.check(signed).intact()).isTrue();
      assertThat(received.get("body")).contains("name=\"nik\"\r\n\r\n3574000000000001")
          .contains("name=\"tampilan\"\r\n\r\nvisible").contains("name=\"page\"\r\n\r\n1");
      assertThat(received.get("authorization")).isEqualTo("Basic c29wZmxvdzpyYWhhc2lh");

      assertThatThrownBy(() -> service.sign(printed.pdf(), printed.place(), new Signatory(HEAD.name(), HEAD.reason(),
          "salah"))).isInstanceOf(SigningRefused.class).hasMessageContaining("HTTP 400")
          .hasMessageContaining("Passphrase anda salah");
      assertThatThrownBy(() -> service.sign(printed.pdf(), printed.place(), HEAD)).isInstanceOf(SigningRefused.class)
          .hasMessageContaining("passphrase is required");
    } finally {
      bsre.stop(0);
    }
  }
}

package org.sopflow.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.sopflow.print.Pdf.Place;

/**
 * The national signing service (BSrE, Balai Besar Sertifikasi Elektronik): the PDF is sent to its
 * {@code POST /api/sign/pdf} with the holder's NIK and the passphrase the approver types, and comes
 * back signed with the holder's certificate, the visible signature in the document's place for it.
 */
final class BsreSigner implements DocumentSigner {

  private final SigningProperties.Bsre service;
  private final HttpClient http;

  BsreSigner(SigningProperties.Bsre service) {
    if (service.url() == null || service.nik() == null || service.username() == null || service.password() == null) {
      throw new IllegalArgumentException("sop.signing.mode is bsre: set sop.signing.bsre.url, .username, .password"
          + " and .nik");
    }
    this.service = service;
    this.http = HttpClient.newBuilder().connectTimeout(service.timeout()).build();
  }

  @Override
  public boolean asksPassphrase() {
    return true;
  }

  @Override
  public byte[] sign(byte[] pdf, Place place, Signatory signatory) {
    if (signatory.passphrase() == null || signatory.passphrase().isBlank()) {
      throw new SigningRefused("passphrase is required: the signing service asks the approver's passphrase");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("nik", service.nik());
    fields.put("passphrase", signatory.passphrase());
    fields.put("tampilan", place == null ? "invisible" : "visible");
    if (place != null) {
      fields.put("image", "false");
      fields.put("page", String.valueOf(place.page() + 1));
      fields.put("xAxis", String.valueOf(place.x()));
      fields.put("yAxis", String.valueOf(place.y()));
      fields.put("width", String.valueOf(place.width()));
      fields.put("height", String.valueOf(place.height()));
    }
    String boundary = "sopflow-" + UUID.randomUUID();
    HttpRequest request = HttpRequest.newBuilder(URI.create(service.url().replaceAll("/+$", "") + "/api/sign/pdf"))
        .timeout(service.timeout())
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((service.username() + ":"
            + service.password()).getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, fields, pdf))).build();
    HttpResponse<byte[]> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new SigningRefused("The signing service at " + service.url() + " cannot be reached: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SigningRefused("Signing was interrupted");
    }
    if (response.statusCode() != 200 || !startsAsPdf(response.body())) {
      throw new SigningRefused("The signing service refused (HTTP " + response.statusCode() + "): "
          + new String(response.body(), StandardCharsets.UTF_8).strip());
    }
    return response.body();
  }

  private static boolean startsAsPdf(byte[] body) {
    return body.length > 4 && new String(body, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-");
  }

  private static byte[] multipart(String boundary, Map<String, String> fields, byte[] pdf) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
        + name + "\"\r\n\r\n" + value + "\r\n"));
    write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"sop.pdf\"\r\n"
        + "Content-Type: application/pdf\r\n\r\n");
    body.writeBytes(pdf);
    write(body, "\r\n--" + boundary + "--\r\n");
    return body.toByteArray();
  }

  private static void write(ByteArrayOutputStream body, String text) {
    body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}

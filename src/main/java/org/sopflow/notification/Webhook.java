package org.sopflow.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook channel: a notification as JSON, POSTed to a messaging gateway with an HMAC-SHA256
 * signature of the body ({@value #SIGNATURE}: {@code sha256=<hex>}) so the gateway can tell it
 * came from this server.
 */
final class Webhook {

  static final String SIGNATURE = "X-SOP-Signature";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final byte[] secret;

  Webhook(String secret) {
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
  }

  /** The JSON body of one message to one person. */
  static String body(String kind, String userId, String email, Messages.Message message, List<Messages.Task> tasks,
                     java.util.function.Function<String, String> link) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("kind", kind);
    body.put("user", userId);
    body.put("email", email);
    body.put("subject", message.subject());
    body.put("text", message.text());
    body.put("tasks", tasks.stream().map(task -> {
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("taskId", task.taskId());
      values.put("step", task.step());
      values.put("sop", task.sop());
      values.put("businessKey", task.businessKey());
      values.put("role", task.role());
      values.put("due", task.due() == null ? null : task.due().toString());
      values.put("link", link.apply(task.taskId()));
      return values;
    }).toList());
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  String signature(String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** POSTs the body; anything but a 2xx answer is a failure to try again. */
  void post(String url, String body) throws IOException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json").header(SIGNATURE, signature(body))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new IOException(url + " answered " + response.statusCode());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while posting to " + url, e);
    }
  }
}

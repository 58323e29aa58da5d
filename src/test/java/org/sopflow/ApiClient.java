package org.sopflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** HTTP as a REST caller sees it: Basic credentials or none, JSON bodies, multipart deployments. */
public final class ApiClient {

  // HTTP/1.1 without the h2c upgrade: the JDK client was seen to hang on a keep-alive connection
  // Tomcat had closed; a GET that times out is asked again once.
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(java.time.Duration.ofSeconds(5)).build();
  private final int port;
  private final String base;
  private final Map<String, String> headers;

  public ApiClient(int port) {
    this(port, Map.of());
  }

  private ApiClient(int port, Map<String, String> headers) {
    this.port = port;
    this.base = "http://127.0.0.1:" + port;
    this.headers = headers;
  }

  /** The same client sending one more header with every request, as a browser sends Origin or Sec-Fetch-Site. */
  public ApiClient with(String header, String value) {
    Map<String, String> more = new java.util.LinkedHashMap<>(headers);
    more.put(header, value);
    return new ApiClient(port, more);
  }

  public HttpResponse<String> get(String path, String user) {
    return send(request(path, user).GET());
  }

  public HttpResponse<String> get(String path, String user, String accept) {
    return send(request(path, user).setHeader("Accept", accept).GET());
  }

  /** A binary answer, such as a PDF. */
  public HttpResponse<byte[]> getBytes(String path, String user) {
    try {
      return http.send(request(path, user).setHeader("Accept", "*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> post(String path, String user, String json) {
    return send(request(path, user).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** Any method with a JSON body. */
  public HttpResponse<String> send(String method, String path, String user, String json) {
    return send(request(path, user).header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> put(String path, String user) {
    return send(request(path, user).PUT(HttpRequest.BodyPublishers.noBody()));
  }

  /** Deploys one file through {@code /engine-rest/deployment/create}, as Camunda Modeler does. */
  public HttpResponse<String> deploy(String user, String deploymentName, String fileName, String content) {
    return upload("/engine-rest/deployment/create", user, java.util.List.of(
        new Part("deployment-name", null, deploymentName), new Part("data", fileName, content)));
  }

  /** A multipart form: a field ({@code fileName} null) or a file. */
  /** A part of a multipart form: a field, or a file where {@code fileName} is given. */
  public record Part(String name, String fileName, byte[] content) {

    public Part(String name, String fileName, String content) {
      this(name, fileName, content.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** POSTs a multipart form, as a browser's file upload does. */
  public HttpResponse<String> upload(String path, String user, java.util.List<Part> parts) {
    String boundary = "sopflow-test-boundary";
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    for (Part part : parts) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name() + "\""
          + (part.fileName() == null ? "" : "; filename=\"" + part.fileName()
          + "\"\r\nContent-Type: application/octet-stream") + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.writeBytes(part.content());
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(request(path, user)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  private HttpRequest.Builder request(String path, String user) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
        .timeout(java.time.Duration.ofSeconds(30));
    headers.forEach(builder::header);
    if (user != null) {
      String password = user.contains(":") ? "" : ":demo";
      builder.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + password).getBytes(StandardCharsets.UTF_8)));
    }
    return builder;
  }

  private HttpResponse<String> send(HttpRequest.Builder builder) {
    HttpRequest request = builder.build();
    try {
      try {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (java.net.http.HttpTimeoutException e) {
        if (!"GET".equals(request.method())) {
          throw e;
        }
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

package org.sopflow.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.sopflow.pdp.BusinessKeyCheck;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks REST input the engine would otherwise take or fail on with a server error: a business key
 * longer than the database column or holding personal data (at a start and when it is changed),
 * and a task completed without the fields its Camunda Form marks required (fields shown only under
 * a condition are checked in the browser only). Runs after authentication, so a caller who may not
 * see the task learns nothing from it.
 */
class RestInputValidation extends OncePerRequestFilter {

  static final int MAX_BUSINESS_KEY = 255;
  private static final Pattern START = Pattern.compile(".*/process-definition/(?:key/[^/]+(?:/tenant-id/[^/]+)?|[^/]+)/(?:start|submit-form)");
  private static final Pattern TASK = Pattern.compile(".*/task/([^/]+)/(?:complete|submit-form)");
  private static final Pattern BUSINESS_KEY_UPDATE = Pattern.compile(".*/process-instance/[^/]+/businessKey");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final FormService formService;
  private final TaskService taskService;

  RestInputValidation(FormService formService, TaskService taskService) {
    this.formService = formService;
    this.taskService = taskService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI();
    Matcher task = TASK.matcher(path);
    boolean start = "POST".equals(request.getMethod()) && START.matcher(path).matches();
    boolean completion = "POST".equals(request.getMethod()) && task.matches();
    boolean keyUpdate = "PUT".equals(request.getMethod()) && BUSINESS_KEY_UPDATE.matcher(path).matches();
    if (!(start || completion || keyUpdate)) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readAllBytes();
    String problem = problem(body, completion ? task.group(1) : null);
    if (problem != null) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setContentType("application/json");
      ObjectNode error = JsonNodeFactory.instance.objectNode().put("type", "InvalidRequestException")
          .put("message", problem);
      response.getWriter().write(error.toString());
      return;
    }
    chain.doFilter(new BufferedRequest(request, body), response);
  }

  private String problem(byte[] body, String taskId) {
    JsonNode json;
    try {
      json = body.length == 0 ? JsonNodeFactory.instance.objectNode() : JSON.readTree(body);
    } catch (IOException e) {
      return null; // Camunda answers malformed JSON with its own 400
    }
    return taskId == null ? businessKeyProblem(json.get("businessKey")) : missingFields(taskId, json.path("variables"));
  }

  private static String businessKeyProblem(JsonNode businessKey) {
    if (businessKey == null || businessKey.isNull()) {
      return null;
    }
    String key = businessKey.asText();
    return key.length() > MAX_BUSINESS_KEY ? "businessKey is " + key.length() + " characters long; at most "
        + MAX_BUSINESS_KEY : BusinessKeyCheck.problem(key).orElse(null);
  }

  private String missingFields(String taskId, JsonNode submitted) {
    Set<String> required = new LinkedHashSet<>();
    try (InputStream form = formService.getDeployedTaskForm(taskId)) {
      collectRequired(JSON.readTree(form), required);
    } catch (ProcessEngineException | IOException e) {
      return null; // no Camunda Form, or a task the caller may not see: Camunda answers
    }
    submitted.fields().forEachRemaining(field -> {
      JsonNode value = field.getValue().get("value");
      if (value != null && !value.isNull() && !value.asText().isBlank()) {
        required.remove(field.getKey());
      }
    });
    if (required.isEmpty()) {
      return null;
    }
    Map<String, Object> existing = taskService.getVariables(taskId, required);
    existing.forEach((name, value) -> {
      if (value != null && !value.toString().isBlank()) {
        required.remove(name);
      }
    });
    return required.isEmpty() ? null : "The task's form requires " + required + "; submit them as variables";
  }

  private static void collectRequired(JsonNode component, Set<String> required) {
    if (component.path("validate").path("required").asBoolean(false) && component.hasNonNull("key")
        && !component.has("conditional")) {
      required.add(component.get("key").asText());
    }
    component.path("components").forEach(child -> collectRequired(child, required));
  }

  /** The request with its body read once and served again to the next filter. */
  private static final class BufferedRequest extends HttpServletRequestWrapper {
    private final byte[] body;

    BufferedRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("synchronous reads only");
        }
      };
    }
  }
}

package org.sopflow.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * A deployment whose XML cannot be read (malformed, or with a DOCTYPE or external entity, which
 * Camunda's parser refuses), and a bad value a listener refused (Camunda wraps a listener's
 * {@link BadUserRequestException}, e.g. a case naming no known agency), are the caller's error: 400,
 * not Camunda's 500. Everything else is answered by Camunda's own handler.
 */
@Provider
@Priority(1)
public class CallerErrorMapper implements ExceptionMapper<ProcessEngineException> {

  private static final String COULD_NOT_PARSE = "ENGINE-09003";
  private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

  @Override
  public Response toResponse(ProcessEngineException exception) {
    Response response = camunda.toResponse(exception);
    if (exception.getMessage() != null && exception.getMessage().startsWith(COULD_NOT_PARSE)) {
      return Response.fromResponse(response).status(Response.Status.BAD_REQUEST).build();
    }
    return refusedValue(exception).map(camunda::toResponse).orElse(response);
  }

  /** A listener's refusal of a bad value, wrapped by Camunda (and by its REST resources, in a RestException). */
  static Optional<BadUserRequestException> refusedValue(Throwable exception) {
    for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof BadUserRequestException refused) {
        return Optional.of(refused);
      }
    }
    return Optional.empty();
  }

  /** The REST resources' wrapping (e.g. "Cannot complete task"): 400 with the listener's reason. */
  @Provider
  @Priority(1)
  public static class Wrapped implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camunda = new RestExceptionHandler();
    private final ProcessEngineExceptionHandler engine = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
      return refusedValue(exception).map(engine::toResponse).orElseGet(() -> camunda.toResponse(exception));
    }
  }
}

package org.sopflow.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;

/**
 * A deployment whose XML cannot be read (malformed, or with a DOCTYPE or external entity, which
 * Camunda's parser refuses) is the caller's error: 400, not Camunda's 500. Everything else is
 * answered by Camunda's own handler.
 */
@Provider
@Priority(1)
public class UnreadableModelMapper implements ExceptionMapper<ProcessEngineException> {

  private static final String COULD_NOT_PARSE = "ENGINE-09003";
  private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

  @Override
  public Response toResponse(ProcessEngineException exception) {
    Response response = camunda.toResponse(exception);
    if (exception.getMessage() != null && exception.getMessage().startsWith(COULD_NOT_PARSE)) {
      return Response.fromResponse(response).status(Response.Status.BAD_REQUEST).build();
    }
    return response;
  }
}

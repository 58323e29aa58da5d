package org.sopflow.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of {@code /api} as RFC 9457 problem details ({@code application/problem+json}):
 * {@code status}, {@code title} and a {@code detail} that names the field and what is accepted.
 * Spring's own errors (a parameter of the wrong type, an unknown path, a wrong method) and the
 * {@code ResponseStatusException}s of the controllers come through the inherited handlers.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

  /** A bad value the controller did not translate itself: the message names it. */
  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail badValue(IllegalArgumentException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  /** Anything else is ours to fix; the caller learns no more than that (the log has the rest). */
  @ExceptionHandler(RuntimeException.class)
  ProblemDetail unexpected(RuntimeException e) {
    LOG.error("Request failed", e);
    return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
        "The request failed on the server; the server log has the details");
  }
}

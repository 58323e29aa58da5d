package org.sopflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.sopflow.api.ProblemResponses;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than {@code sop.http.max-request-size} with 413, before any of
 * it reaches the engine: by the declared length, or while reading a body sent without one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

  private final long maxBytes;

  RequestSizeLimit(HttpProperties properties) {
    this.maxBytes = properties.maxRequestSize().toBytes();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > maxBytes) {
      refuse(request, response);
      return;
    }
    try {
      chain.doFilter(new LimitedRequest(request, maxBytes), response);
    } catch (TooLargeException e) {
      if (!response.isCommitted()) {
        response.reset();
        refuse(request, response);
      }
    }
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String detail = "The request body is larger than " + maxBytes + " bytes (sop.http.max-request-size)";
    if (ProblemResponses.isApi(request)) {
      ProblemResponses.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, detail);
      return;
    }
    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    response.setContentType("application/json");
    // the error format of Camunda's REST API, which most of these requests go to
    response.getWriter().write("{\"type\":\"RequestTooLarge\",\"message\":\"" + detail + "\"}");
  }

  private static final class TooLargeException extends IOException {
    TooLargeException() {
      super("request body too large");
    }
  }

  private static final class LimitedRequest extends HttpServletRequestWrapper {
    private final long maxBytes;

    LimitedRequest(HttpServletRequest request, long maxBytes) {
      super(request);
      this.maxBytes = maxBytes;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      ServletInputStream in = super.getInputStream();
      return new ServletInputStream() {
        private long read;

        @Override
        public int read() throws IOException {
          int b = in.read();
          count(b < 0 ? 0 : 1);
          return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          int n = in.read(buffer, offset, length);
          count(Math.max(n, 0));
          return n;
        }

        private void count(int bytes) throws TooLargeException {
          read += bytes;
          if (read > maxBytes) {
            throw new TooLargeException();
          }
        }

        @Override
        public boolean isFinished() {
          return in.isFinished();
        }

        @Override
        public boolean isReady() {
          return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
          in.setReadListener(listener);
        }
      };
    }
  }
}

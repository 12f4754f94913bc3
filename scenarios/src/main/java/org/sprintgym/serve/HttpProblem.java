package org.sprintgym.serve;

/**
 * A request the server refuses, with the HTTP status to answer (4xx) and a message for the
 * client that says what to fix.
 */
public final class HttpProblem extends RuntimeException {
  private final int status;

  public HttpProblem(int status, String message) {
    super(message);
    if (status < 400 || status > 499) {
      throw new IllegalArgumentException("an HttpProblem is a client error (4xx), not " + status);
    }
    this.status = status;
  }

  public static HttpProblem badRequest(String message) {
    return new HttpProblem(400, message);
  }

  public static HttpProblem notFound(String message) {
    return new HttpProblem(404, message);
  }

  public int status() {
    return status;
  }
}

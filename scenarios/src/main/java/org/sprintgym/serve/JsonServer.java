package org.sprintgym.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.sprintgym.sim.io.Json;

/**
 * A small HTTP/JSON server on the JDK's {@code com.sun.net.httpserver}: one handler for every
 * path, a fixed pool of worker threads, request bodies capped at {@link #MAX_BODY} bytes, every
 * answer timed and counted in {@link ServerMetrics}. A refused request ({@link HttpProblem},
 * unparsable JSON) is answered 4xx with {@code {"error": message}}; anything else that escapes a
 * handler is a bug and answered 500 with its message, never with a stack trace.
 */
final class JsonServer implements AutoCloseable {
  /** Largest request body accepted (1 MiB): an observation is a few hundred numbers. */
  static final int MAX_BODY = 1 << 20;

  /** A parsed request: method, path segments (no empty ones) and the raw body. */
  record ParsedRequest(String method, List<String> segments, byte[] body) {
    /** The body as a JSON object; an empty body reads as {@code {}}. */
    JsonNode json() {
      if (body.length == 0) {
        return MAPPER.createObjectNode();
      }
      JsonNode node;
      try {
        node = MAPPER.readTree(body);
      } catch (JsonProcessingException e) {
        throw HttpProblem.badRequest("malformed JSON: " + e.getOriginalMessage());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (node == null || !node.isObject()) {
        throw HttpProblem.badRequest("the request body must be a JSON object");
      }
      return node;
    }

    void requireMethod(String allowed) {
      if (!method.equals(allowed)) {
        throw new HttpProblem(405, method + " is not allowed here; use " + allowed);
      }
    }
  }

  /** An answer: status and a body, either JSON-serialisable or raw bytes of a content type. */
  record Answer(int status, Object body, String contentType) {
    static Answer json(Object body) {
      return new Answer(200, body, "application/json");
    }
  }

  /** The routes of one server. */
  interface Routes {
    /** The route template the segments match (a metrics label), or null for none. */
    String route(List<String> segments);

    Answer handle(String route, ParsedRequest request) throws IOException;
  }

  static final ObjectMapper MAPPER = Json.mapper();

  static {
    // Without TCP_NODELAY, headers and body leave as two small packets and Nagle's algorithm meets
    // the client's delayed ACK: ~40 ms per request instead of well under 1 ms. The JDK server reads
    // this property once, when its configuration class loads, so set it before the first server.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpServer server;
  private final ExecutorService workers;

  private JsonServer(HttpServer server, ExecutorService workers) {
    this.server = server;
    this.workers = workers;
  }

  /** Binds {@code address} (port 0: any free port) and starts serving. */
  static JsonServer start(InetSocketAddress address, int threads, Routes routes,
      ServerMetrics metrics) throws IOException {
    HttpServer server = HttpServer.create(address, 512);
    var count = new AtomicInteger();
    ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "sprintgym-http-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(workers);
    server.createContext("/", exchange -> serve(exchange, routes, metrics));
    server.start();
    return new JsonServer(server, workers);
  }

  int port() {
    return server.getAddress().getPort();
  }

  private static void serve(HttpExchange exchange, Routes routes, ServerMetrics metrics) {
    long t0 = System.nanoTime();
    String route = "unmatched";
    Answer answer;
    try {
      List<String> segments = segments(exchange.getRequestURI().getPath());
      String matched = routes.route(segments);
      byte[] body = readBody(exchange.getRequestBody());
      if (matched == null) {
        throw HttpProblem.notFound("no such path: " + exchange.getRequestURI().getPath());
      }
      route = matched;
      answer = routes.handle(route, new ParsedRequest(exchange.getRequestMethod(), segments, body));
    } catch (HttpProblem p) {
      answer = error(p.status(), p.getMessage());
    } catch (RuntimeException | IOException | StackOverflowError | LinkageError e) {
      answer = error(500, "internal error: " + e);
    }
    int status = write(exchange, answer);
    metrics.record(route, status, (System.nanoTime() - t0) / 1e9);
  }

  private static Answer error(int status, String message) {
    return new Answer(status, Map.of("error", message == null ? "unknown" : message),
        "application/json");
  }

  private static byte[] readBody(InputStream in) throws IOException {
    byte[] body = in.readNBytes(MAX_BODY + 1);
    if (body.length > MAX_BODY) {
      throw new HttpProblem(413, "request body over " + MAX_BODY + " bytes");
    }
    return body;
  }

  private static int write(HttpExchange exchange, Answer answer) {
    try (exchange) {
      int status = answer.status();
      byte[] bytes;
      try {
        bytes = answer.body() instanceof byte[] raw ? raw
            : MAPPER.writeValueAsBytes(answer.body());
      } catch (JsonProcessingException e) {
        status = 500;
        bytes = ("{\"error\":\"cannot write the answer as JSON\"}").getBytes(StandardCharsets.UTF_8);
      }
      exchange.getResponseHeaders().set("Content-Type", answer.contentType());
      exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
      return status;
    } catch (IOException e) {
      return 599; // the client went away; nothing left to answer
    }
  }

  private static List<String> segments(String path) {
    var out = new ArrayList<String>();
    for (String s : path.split("/")) {
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
  }
}

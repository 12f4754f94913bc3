package org.sprintgym.serve;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A server's request metrics in its own registry (never the global default, so two servers in
 * one JVM, as in tests, do not share counters): requests by route and status, a latency
 * histogram by route, and errors by route and kind ({@code client}: 4xx, {@code server}: 5xx).
 */
public final class ServerMetrics {
  /** Latency buckets in seconds: fine below 5 ms, where a loopback policy call should land. */
  private static final double[] BUCKETS = {0.0001, 0.00025, 0.0005, 0.001, 0.002, 0.003, 0.005,
      0.0075, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5};

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final Counter requests;
  private final Histogram latency;
  private final Counter errors;

  /** @param prefix metric name prefix, e.g. {@code sprintgym_policy} */
  public ServerMetrics(String prefix) {
    requests = Counter.builder().name(prefix + "_requests_total")
        .help("HTTP requests handled, by route and status").labelNames("route", "status")
        .register(registry);
    latency = Histogram.builder().name(prefix + "_request_duration_seconds")
        .help("Time from reading the request to the response being written, by route")
        .labelNames("route").classicUpperBounds(BUCKETS).classicOnly()
        .register(registry);
    errors = Counter.builder().name(prefix + "_errors_total")
        .help("Requests answered with an error: client (4xx) or server (5xx)")
        .labelNames("route", "kind").register(registry);
  }

  /** Records one answered request. */
  public void record(String route, int status, double seconds) {
    requests.labelValues(route, Integer.toString(status)).inc();
    latency.labelValues(route).observe(seconds);
    if (status >= 400) {
      errors.labelValues(route, status >= 500 ? "server" : "client").inc();
    }
  }

  /** The current values in the Prometheus text exposition format (version 0.0.4). */
  public byte[] scrape() {
    var out = new ByteArrayOutputStream();
    try {
      new PrometheusTextFormatWriter(false).write(out, registry.scrape());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public static String contentType() {
    return PrometheusTextFormatWriter.CONTENT_TYPE;
  }
}

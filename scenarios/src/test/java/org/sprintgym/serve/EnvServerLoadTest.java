package org.sprintgym.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Bounded load: 64 concurrent loopback clients play whole episodes (create, reset, steps, delete),
 * with one deliberately malformed request per episode, for a few seconds. No answer may be 5xx,
 * no connection may fail, and every malformed request must get its 4xx. The test runs 5 s; for the
 * 30 s run of the acceptance list:
 * {@code mvn -pl scenarios -am test -Dtest=EnvServerLoadTest -Dsprintgym.loadSeconds=30 ...}.
 */
class EnvServerLoadTest {
  static final List<String> TYPES = List.of("cartpole", "elicitation", "triage", "stage3", "all");

  /** What the clients saw. */
  record Counts(long requests, long ok, long clientErrors, long serverErrors, long ioErrors,
      long malformedSent, long episodes, double seconds) {}

  @Test
  void sixtyFourClientsGetNo5xx() throws Exception {
    int seconds = Integer.getInteger("sprintgym.loadSeconds", 5);
    try (EnvServer server = EnvServer.start(new InetSocketAddress("127.0.0.1", 0),
        EnvTypes.defaults(), 4096, 8)) {
      Counts c = run(server.port(), 64, seconds);
      System.out.printf("env server load: %d clients x %d s: %d requests (%.0f/s), %d ok, %d 4xx"
              + " (%d malformed sent), %d 5xx, %d I/O errors, %d episodes%n", 64, seconds,
          c.requests(), c.requests() / c.seconds(), c.ok(), c.clientErrors(), c.malformedSent(),
          c.serverErrors(), c.ioErrors(), c.episodes());
      assertThat(c.serverErrors()).isZero();
      assertThat(c.ioErrors()).isZero();
      assertThat(c.clientErrors()).isEqualTo(c.malformedSent());
      assertThat(c.episodes()).isGreaterThan(64);
      assertThat(server.instances()).isZero(); // every client deleted what it created
    }
  }

  static Counts run(int port, int clients, int seconds) throws Exception {
    var requests = new AtomicLong();
    var ok = new AtomicLong();
    var client4xx = new AtomicLong();
    var server5xx = new AtomicLong();
    var io = new AtomicLong();
    var malformed = new AtomicLong();
    var episodes = new AtomicLong();
    var http = new Http(port);
    long t0 = System.nanoTime();
    long end = t0 + TimeUnit.SECONDS.toNanos(seconds);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> done = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int id = c;
      done.add(pool.submit(() -> {
        var rng = new SplittableRandom(id);
        long n = 0;
        while (System.nanoTime() < end) {
          try {
            if (episode(http, TYPES.get((int) (n++ % TYPES.size())), rng, a -> {
              requests.incrementAndGet();
              if (a.status() >= 500) {
                server5xx.incrementAndGet();
              } else if (a.status() >= 400) {
                client4xx.incrementAndGet();
              } else {
                ok.incrementAndGet();
              }
            }, malformed)) {
              episodes.incrementAndGet();
            }
          } catch (RuntimeException e) {
            io.incrementAndGet();
          }
        }
        return null;
      }));
    }
    for (Future<?> f : done) {
      f.get(seconds + 60L, TimeUnit.SECONDS);
    }
    pool.shutdown();
    double took = (System.nanoTime() - t0) / 1e9;
    return new Counts(requests.get(), ok.get(), client4xx.get(), server5xx.get(), io.get(),
        malformed.get(), episodes.get(), took);
  }

  /** One whole episode; returns whether it ran to its end. */
  private static boolean episode(Http http, String type, SplittableRandom rng,
      java.util.function.Consumer<Http.Answer> seen, AtomicLong malformed) {
    Http.Answer created = http.post("/v1/envs", "{\"type\":\"" + type + "\"}");
    seen.accept(created);
    if (created.status() != 200) {
      return false;
    }
    String p = "/v1/envs/" + created.json().get("instance_id").asText();
    try {
      Http.Answer a = http.post(p + "/reset", "{\"seed\":" + rng.nextInt(1_000_000) + "}");
      seen.accept(a);
      int malformedAt = rng.nextInt(4);
      for (int t = 0; a.status() == 200; t++) {
        JsonNode body = a.json();
        if (body.has("terminated") && (body.get("terminated").asBoolean()
            || body.get("truncated").asBoolean())) {
          return true;
        }
        if (t == malformedAt) {
          malformed.incrementAndGet();
          seen.accept(http.post(p + "/step", t % 2 == 0 ? "{\"action\": oops" : "{\"action\":-3}"));
        }
        a = http.post(p + "/step", "{\"action\":" + allowed(body.get("action_mask"), rng) + "}");
        seen.accept(a);
      }
      return false;
    } finally {
      seen.accept(http.send("DELETE", p, null));
    }
  }

  private static int allowed(JsonNode mask, SplittableRandom rng) {
    var ok = new ArrayList<Integer>();
    for (int i = 0; i < mask.size(); i++) {
      if (mask.get(i).asBoolean()) {
        ok.add(i);
      }
    }
    return ok.get(rng.nextInt(ok.size()));
  }

  /** For a run against a server started by hand: {@code PORT [CLIENTS [SECONDS]]}. */
  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 64;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    System.out.println(run(port, clients, seconds));
  }

}

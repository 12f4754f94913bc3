package org.sprintgym.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sprintgym.sim.io.InputError;
import org.sprintgym.sim.io.Json;
import org.sprintgym.sim.stats.Stats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sprintgym status [DIR]}: where a curriculum run stands (from its checkpoint), its
 * strategy profiles and its adapter registry.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
    description = "Show a curriculum run's stage progress, strategy profiles and adapter registry.")
public final class StatusCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
      description = "Run folder (default: runs/quickstart-curriculum).")
  Path dir = Path.of("runs", "quickstart-curriculum");

  @Override
  public Integer call() throws IOException {
    Path state = dir.resolve("checkpoint/state.json");
    if (!Files.isRegularFile(state)) {
      throw InputError.option("DIR", "no curriculum checkpoint at " + state,
          "the output folder of a kind: curriculum run");
    }
    PrintWriter out = spec.commandLine().getOut();
    JsonNode s = Json.mapper().readTree(state.toFile());
    out.printf(Locale.ROOT, "run %s%n", dir);
    out.printf(Locale.ROOT, "warm start: %s%n", s.get("warm_started").asBoolean()
        ? "done (behaviour-cloning loss " + s.get("warm_start_loss").asText() + ")" : "pending");
    printFinishedStages(out, s.get("finished"));
    printCurrentStage(out, s);
    printProfiles(out, s.get("profiles"));
    printRegistry(out, s.get("registry"));
    return 0;
  }

  private static void printFinishedStages(PrintWriter out, JsonNode finished) {
    for (JsonNode f : finished) {
      out.printf(Locale.ROOT, "stage %d: %s, %d episodes, %d evaluations, %d kept / %d rolled"
          + " back%n    %s%n", f.get("stage").asInt(), f.get("graduated").asBoolean()
          ? "graduated" : "NOT graduated", f.get("episodes").asLong(),
          f.get("evaluations").asInt(), f.get("kept").asInt(), f.get("rollbacks").asInt(),
          f.get("verdict").asText());
    }
  }

  /** The stage in progress with its criteria's rolling means, or that every stage is done. */
  private void printCurrentStage(PrintWriter out, JsonNode s) throws IOException {
    JsonNode resolved = runJson();
    int stages = resolved == null ? -1 : resolved.path("resolved_scenario").path("curriculum")
        .path("stages").size();
    int current = s.get("stage").asInt();
    JsonNode c = s.get("current");
    if (stages < 0 || current <= stages) {
      out.printf(Locale.ROOT, "stage %d in progress: round %d, %d episodes, %d evaluations,"
          + " %d kept / %d rolled back, best validation %s%n", current, c.get("round").asInt(),
          c.get("stage_episodes").asLong(), c.get("evaluations").asInt(), c.get("kept").asInt(),
          c.get("rollbacks").asInt(), c.get("best_validation").asText());
      c.get("recent").fields().forEachRemaining(e -> out.printf(Locale.ROOT,
          "    %-24s rolling mean %.3f%n", e.getKey(), rollingMean(e.getValue())));
    } else {
      out.println("all stages done" + (Files.exists(dir.resolve("report.html"))
          ? "; report: " + dir.resolve("report.html") : ""));
    }
  }

  /** Mean over seeds of each seed's mean of its recent evaluations. */
  private static double rollingMean(JsonNode bySeed) {
    double[] seedMeans = new double[bySeed.size()];
    int s = 0;
    for (JsonNode seed : bySeed) {
      double[] v = new double[seed.size()];
      int i = 0;
      for (JsonNode x : seed) {
        v[i++] = x.asDouble();
      }
      seedMeans[s++] = Stats.shareMean(v);
    }
    return Stats.orderedMean(seedMeans);
  }

  private static void printProfiles(PrintWriter out, JsonNode profiles) {
    out.println("strategy profiles (EMA 0.3):");
    profiles.fields().forEachRemaining(e -> out.printf(Locale.ROOT,
        "    %-14s success %.3f  score %.3f  (%d evaluations)%n", e.getKey(),
        e.getValue().get("success_rate").asDouble(), e.getValue().get("score").asDouble(),
        e.getValue().get("updates").asInt()));
  }

  private static void printRegistry(PrintWriter out, JsonNode registry) {
    out.println("adapter registry:");
    for (JsonNode r : registry) {
      out.printf(Locale.ROOT, "    %-5s parent %-5s stage %d  %s%n", r.get("adapter").asText(),
          r.get("parent").isNull() ? "-" : r.get("parent").asText(), r.get("stage").asInt(),
          r.has("graduated") ? (r.get("graduated").asBoolean() ? "graduated" : "not graduated")
              + String.format(Locale.ROOT, ", %d episodes, validation %s, file %s",
              r.get("episodes").asLong(), r.get("validation_return").asText(),
              r.get("file").asText())
              : "warm start, " + r.get("demonstration_steps").asInt() + " expert steps");
    }
  }

  private JsonNode runJson() throws IOException {
    Path f = dir.resolve("run.json");
    return Files.isRegularFile(f) ? Json.mapper().readTree(f.toFile()) : null;
  }
}

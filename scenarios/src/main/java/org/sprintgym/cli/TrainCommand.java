package org.sprintgym.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.sprintgym.cli.options.NativeThreadsOption;
import org.sprintgym.cli.options.PpoConfigOption;
import org.sprintgym.policy.Seeds;
import org.sprintgym.policy.io.AdapterFile;
import org.sprintgym.policy.log.TrainingLog;
import org.sprintgym.policy.nn.ActorCritic;
import org.sprintgym.policy.nn.LoraConfig;
import org.sprintgym.policy.nn.NativeThreads;
import org.sprintgym.policy.ppo.PpoConfig;
import org.sprintgym.policy.ppo.UpdateStats;
import org.sprintgym.policy.train.EnvCatalog;
import org.sprintgym.policy.train.HeldOutEvaluation;
import org.sprintgym.policy.train.TrainingSession;
import org.sprintgym.sim.io.AtomicFiles;
import org.sprintgym.sim.io.InputError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code sprintgym train}: PPO on a named env, from scratch or as a LoRA adapter on a frozen base
 * checkpoint; checkpoints to {@code OUT/checkpoint.bin} every few updates so {@code --resume}
 * continues a killed run; per-update metrics go to {@code OUT/metrics.jsonl} and, in
 * Stable-Baselines3's columns, to {@code OUT/progress.csv} (and TensorBoard event files with
 * {@code --tensorboard}).
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train a policy with PPO (CartPole or SprintGym episodes).")
public final class TrainCommand implements Callable<Integer> {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TrainCommand.class);
  static final String CHECKPOINT = "checkpoint.bin";
  /** Held-out episodes of the final evaluation (policy and references on the same seeds). */
  static final int EVAL_EPISODES = 500;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--env", required = true, description = "environment: ${COMPLETION-CANDIDATES}",
      completionCandidates = EnvNames.class)
  String env;

  // not shared with the bench commands: there --steps counts per seed, with other defaults
  @Option(names = "--steps", description = "env steps to train (default ${DEFAULT-VALUE})")
  long steps = 100_000;

  // not SeedOption: train's label and default (<seed>, from the field) are its public interface
  @Option(names = "--seed", description = "root seed (default ${DEFAULT-VALUE})")
  long seed = 1;

  // a required run folder, unlike the benchmarks' results file
  @Option(names = "--out", required = true, description = "run folder")
  Path out;

  @Option(names = "--base", description = "base checkpoint to train an adapter on (frozen)")
  Path base;

  @Option(names = "--adapter", description = "name of the LoRA adapter to train (needs --base)")
  String adapter;

  @Option(names = "--lora-rank", description = "LoRA rank (default ${DEFAULT-VALUE})")
  int loraRank = 16;

  @Option(names = "--lora-alpha", description = "LoRA alpha (default: 2 x rank)")
  Double loraAlpha;

  @Option(names = "--train-heads", description = "adapter carries its own trainable heads")
  boolean trainHeads;

  @Mixin PpoConfigOption ppo;

  // --resume and --tensorboard: same meaning as run's, but each command's help text names its own
  // run (a mixin would make one of them read differently); sweep's --tensorboard is a parent folder
  @Option(names = "--resume", description = "continue the run saved in OUT/checkpoint.bin")
  boolean resume;

  @Option(names = "--checkpoint-every", description = "updates between checkpoints (default ${DEFAULT-VALUE})")
  int checkpointEvery = 10;

  @Option(names = "--tensorboard", paramLabel = "DIR",
      description = "also write TensorBoard event files into DIR")
  Path tensorboard;

  @Mixin NativeThreadsOption nativeThreadsOption;

  /** Completion candidates for {@code --env}. */
  static final class EnvNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return EnvCatalog.NAMES.iterator();
    }
  }

  @Override
  public Integer call() throws IOException {
    validate();
    NativeThreads.limit(nativeThreadsOption.nativeThreads());
    Path ckpt = out.resolve(CHECKPOINT);
    try (var session = open(ckpt);
        var metrics = openMetrics(session);
        var log = openLog(session);
        var bar = progressBar(session)) {
      run(session, ckpt, metrics, log, bar);
    }
    return 0;
  }

  // a resumed run drops the lines of updates after its checkpoint: they are about to be redone
  private Writer openMetrics(TrainingSession session) throws IOException {
    Path file = out.resolve("metrics.jsonl");
    if (resume && Files.exists(file)) {
      var kept = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .limit(session.updatesDone()).toList();
      Files.write(file, kept, StandardCharsets.UTF_8);
    }
    return Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }

  private TrainingLog openLog(TrainingSession session) {
    return resume
        ? TrainingLog.resumed(out, session.config(), session.updatesDone(), tensorboard,
            Clock.systemUTC())
        : TrainingLog.fresh(out, session.config(), tensorboard, Clock.systemUTC());
  }

  private void run(TrainingSession session, Path ckpt, Writer metrics, TrainingLog log,
      ProgressBar bar) throws IOException {
    int sinceCheckpoint = 0;
    while (!session.finished()) {
      UpdateStats s = session.update();
      writeMetrics(metrics, s);
      log.record(s);
      LOG.info("{}", s.line());
      if (bar != null) {
        bar.stepTo(s.update());
        bar.setExtraMessage(String.format(Locale.ROOT, "return %.1f sps %.0f",
            s.meanEpisodeReturn(), s.samplesPerSecond()));
      }
      if (++sinceCheckpoint >= checkpointEvery) {
        session.checkpoint(ckpt);
        LOG.debug("checkpoint after update {} in {}", s.update(), ckpt);
        sinceCheckpoint = 0;
      }
    }
    session.checkpoint(ckpt);
    finish(session);
  }

  private void validate() {
    EnvCatalog.factory(env);
    if (steps < 1) {
      throw InputError.option("--steps", steps + " is not a number of steps", ">= 1");
    }
    if ((base == null) != (adapter == null)) {
      throw InputError.option("--base/--adapter", "give both or neither", null);
    }
    if (checkpointEvery < 1 || nativeThreadsOption.nativeThreads() < 1 || loraRank < 1) {
      throw InputError.option("--checkpoint-every/--native-threads/--lora-rank",
          "must be >= 1", ">= 1");
    }
    if (loraAlpha != null && !(loraAlpha > 0)) {
      throw InputError.option("--lora-alpha", loraAlpha + " is not positive", "> 0");
    }
  }

  private TrainingSession open(Path ckpt) throws IOException {
    if (resume) {
      if (!Files.isRegularFile(ckpt)) {
        throw InputError.option("--resume", "no checkpoint at " + ckpt, "a run folder from train");
      }
      return TrainingSession.resume(ckpt);
    }
    if (Files.exists(ckpt)) {
      throw InputError.option("--out", out + " already holds a run",
          "--resume, or a new --out folder");
    }
    PpoConfig config = ppoSettings(env);
    Files.createDirectories(out);
    if (base == null) {
      return TrainingSession.fresh(env, seed, steps, config);
    }
    var lora = new LoraConfig(loraRank, loraAlpha == null ? 2.0 * loraRank : loraAlpha,
        trainHeads);
    return TrainingSession.adapter(base, adapter, lora, env, seed, steps, config);
  }

  // quiet unless a person is watching: no bar when stdout is not a terminal (CI, pipes)
  private ProgressBar progressBar(TrainingSession session) {
    if (System.console() == null) {
      return null;
    }
    return new ProgressBarBuilder().setTaskName("train " + env).setInitialMax(
        session.totalUpdates()).setUnit(" updates", 1).build();
  }

  private static void writeMetrics(Writer w, UpdateStats s) throws IOException {
    w.write(String.format(Locale.ROOT, "{\"update\":%d,\"global_steps\":%d,\"learning_rate\":%s,"
            + "\"clip_range\":%s,\"policy_loss\":%s,\"value_loss\":%s,\"entropy\":%s,"
            + "\"approx_kl\":%s,\"clip_fraction\":%s,\"explained_variance\":%s,\"grad_norm\":%s,"
            + "\"episodes\":%d,\"mean_episode_return\":%s,\"samples_per_second\":%s}%n",
        s.update(), s.globalSteps(), num(s.learningRate()), num(s.clipRange()),
        num(s.policyLoss()), num(s.valueLoss()), num(s.entropy()), num(s.approxKl()),
        num(s.clipFraction()), num(s.explainedVariance()), num(s.gradNorm()), s.episodes(),
        num(s.meanEpisodeReturn()), num(s.samplesPerSecond())));
    w.flush();
  }

  private static String num(double v) {
    return Double.isFinite(v) ? Double.toString(v) : "null";
  }

  private void finish(TrainingSession session) {
    var net = session.net();
    String trained = session.trainedAdapter();
    if (!trained.equals(ActorCritic.BASE)) {
      AdapterFile.write(out.resolve("adapters").resolve(trained + ".adapter"),
          net.adapters().get(trained));
    }
    var seeds = new Seeds(session.seed());
    var eval = HeldOutEvaluation.run(net, session.env(), EVAL_EPISODES, seeds.seed(Seeds.EVAL),
        seeds.rng(Seeds.EVAL));
    try {
      AtomicFiles.writeStringUnchecked(out.resolve("eval.json"),
          org.sprintgym.sim.io.Json.prettyMapper().writeValueAsString(eval) + "\n");
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("eval.json could not be written", e);
    }
    var w = spec.commandLine().getOut();
    w.printf(Locale.ROOT, "trained %s on %s; %d held-out episodes (eval.json):%n",
        trained.equals(ActorCritic.BASE) ? "base" : "adapter " + trained, session.env(),
        EVAL_EPISODES);
    w.printf(Locale.ROOT, "  %-8s %11s %10s%n", "policy", "mean_return", "mean_judge");
    for (String k : java.util.List.of("greedy", "sampled", "random", "expert", "oracle")) {
      if (eval.get(k) instanceof java.util.Map<?, ?> row) {
        Object j = row.get("mean_judge");
        w.printf(Locale.ROOT, "  %-8s %11.3f %10s%n", k, (Double) row.get("mean_return"),
            j == null ? "-" : String.format(Locale.ROOT, "%.3f", (Double) j));
      }
    }
    if (eval.get("normalised") instanceof java.util.Map<?, ?> n) {
      w.printf(Locale.ROOT, "  normalised (random 0, oracle 1): greedy %.3f, sampled %.3f,"
          + " expert %.3f%n", n.get("greedy"), n.get("sampled"), n.get("expert"));
    }
    w.printf(Locale.ROOT, "  checkpoint %s%n", out.resolve(CHECKPOINT));
  }

  private org.sprintgym.policy.ppo.PpoConfig ppoSettings(String envName) {
    return ppo.configFor(envName);
  }
}

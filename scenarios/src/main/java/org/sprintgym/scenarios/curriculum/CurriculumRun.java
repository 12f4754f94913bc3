package org.sprintgym.scenarios.curriculum;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.sprintgym.evaluation.GraduationCriterion;
import org.sprintgym.evaluation.StrategyProfile;
import org.sprintgym.policy.Seeds;
import org.sprintgym.policy.bc.BehaviourCloning;
import org.sprintgym.policy.bc.Demonstrations;
import org.sprintgym.policy.io.AdapterFile;
import org.sprintgym.policy.nn.ActorCritic;
import org.sprintgym.policy.nn.ActorCriticSpec;
import org.sprintgym.policy.ppo.PpoTrainer;
import org.sprintgym.policy.ppo.UpdateStats;
import org.sprintgym.scenarios.curriculum.CurriculumSpec.StageSpec;
import org.sprintgym.sim.env.SeedMix;
import org.sprintgym.sim.env.VectorEnv;
import org.sprintgym.sim.episode.EpisodeConfig;
import org.sprintgym.sim.episode.EpisodeEnv;
import org.sprintgym.sim.episode.EpisodeRunner;
import org.sprintgym.sim.episode.EpisodeTrace;
import org.sprintgym.sim.episode.EpisodeType;
import org.sprintgym.sim.episode.SituationLibrary;
import org.sprintgym.sim.episode.SprintTrials;
import org.sprintgym.sim.episode.baseline.Baselines;
import org.sprintgym.sim.io.Json;

/**
 * Runs a curriculum in a run folder: behaviour-cloning warm start of the base from expert traces,
 * then per stage K PPO on adapter vK (v1 fresh, vK starting from v(K-1)) over the stage's episode
 * mix with earlier stages rehearsed; every {@code evaluation.every_episodes} a validation gate
 * keeps the update only if the validation return improved by more than
 * {@code validation.min_improvement} (else rolls it back), the criteria are measured on fixed
 * evaluation seeds, and the stage graduates when the rolling means of all its measured criteria
 * pass. Checkpoints after every evaluation; every training chunk is seeded from (stage,
 * evaluation index), so a resumed run continues exactly as an uninterrupted one would.
 */
public final class CurriculumRun {
  static final String STATE = "checkpoint/state.json";
  static final String NET = "checkpoint/net.bin";
  static final String METRICS = "metrics.jsonl";
  /** Slots of the weighted type list a training env draws its episode type from. */
  private static final int MIX_SLOTS = 100;

  private final CurriculumSpec spec;
  private final long seed;
  private final Path dir;
  private final PrintWriter log;
  private final Seeds seeds;
  private final EpisodeConfig episodeConfig;
  private final SituationLibrary library;
  private final PolicyEvaluator evaluator;
  private final CriterionMeter meter;
  private final SprintTrials trials;
  private final ObjectMapper json = Json.mapper();
  private Progress progress;
  private ActorCritic net;
  private ValidationGate gate;
  private PpoTrainer trainer;
  private VectorEnv trainerEnvs;
  private double trainerCap = 1.0;
  private int stopAfterCheckpoints = Integer.MAX_VALUE;
  private EpisodeProgress episodeProgress = (done, planned) -> { };

  /** Told after every training chunk how far training has come, for a progress bar. */
  @FunctionalInterface
  public interface EpisodeProgress {
    /**
     * @param done training episodes of all stages so far
     * @param planned episodes of all stages as planned now (remedial rounds add to it)
     */
    void episodes(long done, long planned);
  }

  public CurriculumRun(CurriculumSpec spec, long seed, Path dir, PrintWriter log) {
    this.spec = spec;
    this.seed = seed;
    this.dir = dir;
    this.log = log;
    this.seeds = new Seeds(seed);
    this.episodeConfig = EpisodeConfig.defaults().withWorlds(spec.worlds());
    this.library = SituationLibrary.of(episodeConfig);
    this.evaluator = new PolicyEvaluator(new EpisodeRunner(episodeConfig, library));
    this.meter = new CriterionMeter(spec.thresholds(), spec.evaluation().window());
    this.trials = new SprintTrials(episodeConfig, library);
  }

  /** Whether {@code dir} holds a checkpoint to resume. */
  public static boolean resumable(Path dir) {
    return Files.isRegularFile(dir.resolve(STATE)) && Files.isRegularFile(dir.resolve(NET));
  }

  /** Runs (or, with {@code resume}, continues) the curriculum; returns the finished state. */
  public Progress run(boolean resume) {
    if (resume) {
      progress = read(dir.resolve(STATE));
      net = NetArchive.read(dir.resolve(NET));
      truncateMetrics(progress.metricsLines);
      log.printf(Locale.ROOT, "resuming at stage %d, %d episodes, %d evaluations%n",
          progress.stage, progress.stageEpisodes, progress.evaluations);
    } else {
      progress = new Progress();
      net = ActorCritic.create(new ActorCriticSpec(firstEnv().observationSpace().size(),
          firstEnv().actionSpace().n(), spec.ppo().actorHidden(), spec.ppo().criticHidden()),
          DataType.FLOAT, seeds.rng(Seeds.INIT));
    }
    reportEpisodes();
    if (!progress.warmStarted) {
      warmStart();
      checkpoint();
    }
    while (progress.stage <= spec.stages().size()) {
      runStage(spec.stages().get(progress.stage - 1));
    }
    return progress;
  }

  public ActorCritic net() {
    return net;
  }

  public Seeds seeds() {
    return seeds;
  }

  SprintTrials trials() {
    return trials;
  }

  PolicyEvaluator evaluator() {
    return evaluator;
  }

  CriterionMeter meter() {
    return meter;
  }

  private EpisodeEnv firstEnv() {
    return new EpisodeEnv(episodeConfig, library, List.of(EpisodeType.ELICITATION));
  }

  // ---- behaviour cloning ----

  private void warmStart() {
    var runner = new EpisodeRunner(episodeConfig, library);
    var run = runner.run(List.of(EpisodeType.values()), Baselines.of("expert").orElseThrow(),
        "expert", spec.bc().episodesPerType(), seeds.seed("bc-traces"), 1, true);
    List<EpisodeTrace.TraceStep> steps = new ArrayList<>();
    List<Float> returns = new ArrayList<>();
    double gamma = spec.ppo().gamma();
    for (var r : run.results()) {
      var trace = r.trace().orElseThrow().steps();
      float[] g = new float[trace.size()];
      double after = 0;
      for (int t = trace.size() - 1; t >= 0; t--) {
        after = trace.get(t).reward() + gamma * after;
        g[t] = (float) after;
      }
      steps.addAll(trace);
      for (float x : g) {
        returns.add(x);
      }
    }
    int d = net.observationSize();
    int a = net.actionCount();
    float[] obs = new float[steps.size() * d];
    boolean[] masks = new boolean[steps.size() * a];
    int[] actions = new int[steps.size()];
    float[] targets = new float[steps.size()];
    for (int i = 0; i < steps.size(); i++) {
      System.arraycopy(steps.get(i).observation(), 0, obs, i * d, d);
      System.arraycopy(steps.get(i).mask(), 0, masks, i * a, a);
      actions[i] = steps.get(i).action();
      targets[i] = returns.get(i);
    }
    var data = new Demonstrations(steps.size(), d, a, obs, masks, actions, targets);
    net.activate(ActorCritic.BASE);
    var bc = new BehaviourCloning(net, spec.bc().learningRate(), 256, 0.5, seeds.rng("bc-shuffle"));
    double loss = Double.NaN;
    for (int e = 1; e <= spec.bc().epochs(); e++) {
      loss = bc.epoch(data);
      metric(ordered("event", "behaviour_cloning", "epoch", e, "loss", loss,
          "samples", steps.size()));
    }
    progress.warmStarted = true;
    progress.warmStartLoss = Double.isFinite(loss) ? loss : null;
    var entry = new LinkedHashMap<String, Object>();
    entry.put("adapter", ActorCritic.BASE);
    entry.put("parent", null);
    entry.put("stage", 0);
    entry.put("method", "behaviour cloning on expert traces");
    entry.put("demonstration_steps", steps.size());
    entry.put("epochs", spec.bc().epochs());
    entry.put("final_loss", progress.warmStartLoss);
    entry.put("seeds", ordered("traces", seeds.seed("bc-traces"), "shuffle",
        seeds.seed("bc-shuffle"), "init", seeds.seed(Seeds.INIT)));
    progress.registry.add(entry);
    log.printf(Locale.ROOT, "warm start: behaviour cloning on %d expert steps, %d epochs, loss %.3f%n",
        steps.size(), spec.bc().epochs(), loss);
  }

  // ---- stages ----

  static String adapterName(int stage) {
    return "v" + stage;
  }

  private void runStage(StageSpec stage) {
    String name = adapterName(stage.stage());
    if (!net.adapters().containsKey(name)) {
      startAdapter(stage.stage());
    }
    net.activate(name);
    if (progress.bestValidation == null) {
      progress.bestValidation = validate(stage);
      progress.untrained = untrained(stage.stage());
    }
    gate = new ValidationGate(spec.validation().minImprovement(),
        spec.validation().gateBasis(), net.trainableParameters().values(),
        progress.bestValidation);
    boolean graduated = false;
    while (true) {
      long budget = progress.round == 0 ? stage.episodes() : spec.remedialEpisodes();
      while (progress.roundEpisodes < budget && !graduated) {
        graduated = trainAndEvaluate(stage, budget, (int) Math.min(
            spec.evaluation().everyEpisodes(), budget - progress.roundEpisodes));
      }
      if (graduated || progress.round >= spec.remedialRounds()) {
        break;
      }
      progress.round++;
      progress.roundEpisodes = 0;
      log.printf(Locale.ROOT, "stage %d: not graduated, remedial round %d of %d%n",
          stage.stage(), progress.round, spec.remedialRounds());
    }
    closeTrainer();
    gate.restoreKept(); // the adapter is the last kept update: later training was not validated
    finishStage(stage, graduated);
  }

  /** The stage's criteria measured for its starting adapter on the evaluation seeds. */
  private Map<String, Double> untrained(int k) {
    var policy = PolicyEvaluator.greedy(net);
    var perSeed = evaluator.run(policy, adapterName(k), evaluationTypes(k),
        spec.evaluation().episodesPerType(), seeds.seed("curriculum-evaluation"),
        spec.evaluation().seeds());
    var out = new LinkedHashMap<String, Double>();
    for (GraduationCriterion c : graduationCriteria(k)) {
      if (c.name().equals(CriterionMeter.NO_REGRESSION)) {
        continue;
      }
      out.put(c.name(), perSeed.stream().mapToDouble(r -> CriterionMeter.measure(r)
          .getOrDefault(c.name(), Double.NaN)).average().orElse(Double.NaN));
    }
    out.putAll(CriterionMeter.sprintLevelOverSeeds(trials, graduationCriteria(k), policy,
        seeds.seed("curriculum-evaluation"), spec.evaluation().seeds()));
    out.values().removeIf(v -> v.isNaN());
    return out;
  }

  private void startAdapter(int stage) {
    String name = adapterName(stage);
    if (stage == 1) {
      net.addAdapter(name, spec.lora(), new Seeds(seeds.seed(Seeds.ADAPTER_INIT)).rng(name));
    } else {
      INDArray parent = net.adapters().get(adapterName(stage - 1)).parameters().values().dup();
      net.addAdapter(name, spec.lora(), parent);
    }
  }

  /**
   * One training chunk on the live parameters; at a gate (every {@code validation.every_episodes}
   * and at the end of a round) the validation gate keeps or rolls back the training since the last
   * gate; then the kept parameters are evaluated. Between gates one PPO trainer (its envs, Adam
   * moments and rollout state) carries on across chunks; a gate ends it, and the next starts from
   * the parameters the gate left, seeded by (stage, gate), which is also where a resumed run
   * starts. Returns whether the stage graduated.
   */
  private boolean trainAndEvaluate(StageSpec stage, long budget, int episodes) {
    if (trainer == null) {
      openTrainer(stage, budget);
    }
    int done = 0;
    while (done < episodes && !trainer.finished()) {
      UpdateStats s = trainer.update();
      done += s.episodes();
      progress.stageSteps += spec.ppo().rolloutSize();
      metric(updateLine(stage.stage(), s));
      org.sprintgym.policy.log.ProgressCsv.appendTo(dir.resolve("progress.csv"), s, spec.ppo(),
          System.currentTimeMillis() / 1000.0);
    }
    progress.stageEpisodes += done;
    progress.roundEpisodes += done;
    progress.sinceGate += done;
    boolean atGate = progress.sinceGate >= spec.validation().everyEpisodes()
        || progress.roundEpisodes >= budget || trainer.finished();
    Double validation = null;
    Boolean keep = null;
    if (atGate) {
      closeTrainer();
      validation = validate(stage);
      keep = gate.offer(validation);
      progress.bestValidation = gate.best();
      if (keep) {
        progress.kept++;
      } else {
        progress.rollbacks++;
      }
      progress.gates++;
      progress.sinceGate = 0;
    }
    Double v = validation;
    Boolean k = keep;
    boolean graduated = gate.withKept(() -> evaluate(stage, v, k, trainerCap));
    progress.evaluations++;
    if (atGate || graduated) {
      checkpoint(); // at a gate the live parameters are the kept ones: a resume starts here
    }
    reportEpisodes();
    return graduated;
  }

  private void openTrainer(StageSpec stage, long budget) {
    var chunkSeeds = new Seeds(SeedMix.derive(seeds.seed("curriculum-train"), stage.stage(),
        progress.gates));
    List<EpisodeType> mix = trainingMix(stage);
    double cap = progress.round == 0
        ? spec.difficulty().cap(progress.roundEpisodes, budget) : 1.0;
    trainerCap = cap;
    var factory = (java.util.function.IntFunction<org.sprintgym.sim.env.Env>) i -> {
      var env = new EpisodeEnv(episodeConfig, library, mix);
      env.setDifficultyCap(cap);
      return env;
    };
    int maxSteps = 64; // above every type's step limit: the trainer's step budget never binds
    trainerEnvs = VectorEnv.of(factory, spec.ppo().numEnvs(), chunkSeeds.seed(Seeds.ENV), 1);
    trainer = PpoTrainer.start(spec.ppo(), net, trainerEnvs,
        (long) spec.validation().everyEpisodes() * maxSteps + spec.ppo().rolloutSize(),
        chunkSeeds);
  }

  private void closeTrainer() {
    if (trainerEnvs != null) {
      trainerEnvs.close();
    }
    trainer = null;
    trainerEnvs = null;
  }

  /** The stage's types weighted by its mix, earlier stages' types sharing the rehearsal share. */
  List<EpisodeType> trainingMix(StageSpec stage) {
    var weights = new EnumMap<EpisodeType, Double>(EpisodeType.class);
    double total = stage.mix().values().stream().mapToDouble(Double::doubleValue).sum();
    List<EpisodeType> earlier = new ArrayList<>();
    for (EpisodeType t : EpisodeType.values()) {
      if (t.stage() < stage.stage()) {
        earlier.add(t);
      }
    }
    double share = earlier.isEmpty() ? 0 : spec.rehearsalShare();
    stage.mix().forEach((t, w) -> weights.merge(t, (1 - share) * w / total, Double::sum));
    earlier.forEach(t -> weights.merge(t, share / earlier.size(), Double::sum));
    List<EpisodeType> slots = new ArrayList<>();
    weights.forEach((t, w) -> {
      long n = Math.round(w * MIX_SLOTS);
      for (int i = 0; i < n; i++) {
        slots.add(t);
      }
    });
    if (slots.isEmpty()) {
      slots.addAll(stage.mix().keySet());
    }
    return slots;
  }

  /** Mean return of the current adapter on the validation seeds over the training mix's types. */
  private double validate(StageSpec stage) {
    List<EpisodeType> types = trainingMix(stage).stream().distinct().toList();
    var results = evaluator.run(PolicyEvaluator.greedy(net), adapterName(stage.stage()), types,
        spec.validation().episodesPerType(), seeds.seed("curriculum-validation"),
        spec.validation().seeds());
    return PolicyEvaluator.meanReturn(results);
  }

  /** Types evaluated in stage K: those of stages 1..K (stage 4 checks 1-3 for regressions). */
  static List<EpisodeType> evaluationTypes(int stage) {
    List<EpisodeType> out = new ArrayList<>();
    for (EpisodeType t : EpisodeType.values()) {
      if (t.stage() <= stage) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * Measures the stage's criteria for the adapter's kept parameters on fresh evaluation seeds
   * (seeds of evaluation i are derived from (stage, i), so the rolling mean over the window covers
   * window x seeds x episodes different situations). {@code validation} and {@code kept} are
   * null between gates.
   */
  private boolean evaluate(StageSpec stage, Double validation, Boolean kept, double cap) {
    int k = stage.stage();
    long evalSeed = SeedMix.derive(seeds.seed("curriculum-evaluation"), k, progress.evaluations);
    var policy = PolicyEvaluator.greedy(net);
    var perSeed = evaluator.run(policy, adapterName(k), evaluationTypes(k),
        spec.evaluation().episodesPerType(), evalSeed, spec.evaluation().seeds());
    int window = spec.evaluation().window();
    for (int s = 0; s < perSeed.size(); s++) {
      Map<String, Double> values = new LinkedHashMap<>(CriterionMeter.measure(perSeed.get(s)));
      values.putAll(CriterionMeter.sprintLevel(trials, graduationCriteria(k), policy,
          SeedMix.derive(evalSeed, s, CriterionMeter.SPRINT_SEED)));
      for (GraduationCriterion c : graduationCriteria(k)) {
        if (c.name().equals(CriterionMeter.NO_REGRESSION)) {
          continue;
        }
        var lists = progress.recent.computeIfAbsent(c.name(), n -> new ArrayList<>());
        while (lists.size() <= s) {
          lists.add(new ArrayList<>());
        }
        List<Double> recent = lists.get(s);
        Double v = values.get(c.name());
        if (v != null) {
          recent.add(v);
        }
        while (recent.size() > window) {
          recent.remove(0);
        }
      }
    }
    if (k == 4) {
      // one count for the evaluation, from the rolling means of all seeds (see regressed)
      double n = regressions();
      var lists = progress.recent.computeIfAbsent(CriterionMeter.NO_REGRESSION,
          x -> new ArrayList<>());
      for (int s = 0; s < perSeed.size(); s++) {
        while (lists.size() <= s) {
          lists.add(new ArrayList<>());
        }
        lists.get(s).add(n);
        while (lists.get(s).size() > window) {
          lists.get(s).remove(0);
        }
      }
    }
    double[] judge = stageJudge(perSeed, k);
    progress.curve.add(new double[] {progress.stageEpisodes, judge[0]});
    profile(adapterName(k), judge[1], judge[0]);
    boolean graduated = graduated(k);
    var line = new LinkedHashMap<String, Object>();
    line.put("event", "evaluation");
    line.put("stage", k);
    line.put("round", progress.round);
    line.put("evaluation", progress.evaluations);
    line.put("episodes", progress.stageEpisodes);
    line.put("difficulty_cap", cap);
    line.put("gate", validation != null);
    line.put("validation_return", validation);
    line.put("best_validation_return", progress.bestValidation);
    line.put("update_kept", kept);
    line.put("kept", progress.kept);
    line.put("rollbacks", progress.rollbacks);
    line.put("stage_judge", judge[0]);
    line.put("rolling", rollingMeans());
    line.put("graduated", graduated);
    metric(line);
    if (validation != null) {
      log.printf(Locale.ROOT, "stage %d eval %d: %d episodes, gate: validation %.3f (%s, best"
          + " %.3f), judge %.3f%s%n", k, progress.evaluations + 1, progress.stageEpisodes,
          validation, kept ? "kept" : "rolled back", progress.bestValidation, judge[0],
          graduated ? ", graduated" : "");
    } else if (graduated || progress.evaluations % 10 == 9) {
      log.printf(Locale.ROOT, "stage %d eval %d: %d episodes, judge %.3f%s%n", k,
          progress.evaluations + 1, progress.stageEpisodes, judge[0],
          graduated ? ", graduated" : "");
    }
    return graduated;
  }

  /**
   * The criteria that decide graduation: the measured ones; in stage 4 also stages 1-3's measured
   * criteria (still met with v4) and no_regression.
   */
  List<GraduationCriterion> graduationCriteria(int stage) {
    var out = new ArrayList<>(meter.measured(stage));
    if (stage == 4) {
      for (int earlier = 1; earlier <= 3; earlier++) {
        out.addAll(meter.measured(earlier)); // stages 1-3 criteria still met with v4
      }
      meter.criteria(4).stream().filter(c -> c.name().equals(CriterionMeter.NO_REGRESSION))
          .forEach(out::add);
    }
    return out;
  }

  /**
   * Earlier stages' measured criteria that regressed: their rolling means over the evaluation
   * seeds now against those at the end of their stage (see {@link #regressed}).
   */
  private int regressions() {
    int n = 0;
    for (Progress.StageOutcome done : progress.finished) {
      for (GraduationCriterion c : meter.measured(done.stage)) {
        List<Double> end = done.rolling.get(c.name());
        var lists = progress.recent.get(c.name());
        if (end == null || end.isEmpty() || lists == null || lists.isEmpty()) {
          continue;
        }
        double[] now = lists.stream().filter(l -> !l.isEmpty())
            .mapToDouble(l -> l.stream().mapToDouble(Double::doubleValue).average().orElse(0))
            .toArray();
        if (regressed(c, end.stream().mapToDouble(Double::doubleValue).toArray(), now,
            spec.noRegressionTolerance())) {
          n++;
        }
      }
    }
    return n;
  }

  /**
   * Whether criterion {@code c} regressed from {@code before} to {@code now} (values per seed):
   * its mean moved the wrong way by more than {@code tolerance} and the move is significant
   * (Welch's t-test over the seeds, two-sided p < 0.05), or it no longer meets its threshold.
   * The significance test keeps evaluation noise from counting as forgetting.
   */
  static boolean regressed(GraduationCriterion c, double[] before, double[] now,
      double tolerance) {
    double b = java.util.Arrays.stream(before).average().orElse(Double.NaN);
    double a = java.util.Arrays.stream(now).average().orElse(Double.NaN);
    if (!c.passes(a)) {
      return true;
    }
    double worse = c.direction() == GraduationCriterion.Direction.AT_LEAST ? b - a : a - b;
    if (!(worse > tolerance)) {
      return false;
    }
    if (before.length < 2 || now.length < 2) {
      return true;
    }
    double p = new org.apache.commons.math3.stat.inference.TTest().tTest(before, now);
    return !(p >= 0.05); // NaN (no variance on either side): a real move
  }

  /** {mean judge, success share} over the stage's own episode types. */
  private static double[] stageJudge(List<List<EpisodeRunner.Result>> perSeed, int stage) {
    double sum = 0;
    int ok = 0;
    int n = 0;
    for (var seed : perSeed) {
      for (var r : seed) {
        if (r.type().stage() == stage) {
          sum += r.judge();
          ok += r.judge() >= r.type().graduationThreshold() ? 1 : 0;
          n++;
        }
      }
    }
    return new double[] {sum / n, (double) ok / n};
  }

  void profile(String policy, double successRate, double score) {
    progress.profiles.merge(policy, StrategyProfile.empty(policy).update(successRate, score),
        (old, fresh) -> old.update(successRate, score));
  }

  /** Per criterion, the mean over seeds of the rolling means. */
  private Map<String, Double> rollingMeans() {
    var out = new LinkedHashMap<String, Double>();
    progress.recent.forEach((name, lists) -> out.put(name, lists.stream()
        .mapToDouble(l -> l.stream().mapToDouble(Double::doubleValue).average().orElse(0))
        .average().orElse(Double.NaN)));
    return out;
  }

  private boolean graduated(int stage) {
    Map<String, Double> means = rollingMeans();
    for (GraduationCriterion c : graduationCriteria(stage)) {
      var lists = progress.recent.get(c.name());
      if (lists == null || lists.stream().anyMatch(l -> l.size() < c.window())
          || !c.passes(means.get(c.name()))) {
        return false;
      }
    }
    return true;
  }

  private void finishStage(StageSpec stage, boolean graduated) {
    int k = stage.stage();
    var out = new Progress.StageOutcome();
    out.stage = k;
    out.graduated = graduated;
    out.episodes = progress.stageEpisodes;
    out.steps = progress.stageSteps;
    out.rounds = progress.round;
    out.kept = progress.kept;
    out.rollbacks = progress.rollbacks;
    out.evaluations = progress.evaluations;
    progress.recent.forEach((name, lists) -> out.rolling.put(name, lists.stream()
        .map(l -> l.stream().mapToDouble(Double::doubleValue).average().orElse(0)).toList()));
    out.curve = progress.curve;
    out.verdict = verdict(k, graduated, rollingMeans());
    out.untrained = progress.untrained;
    progress.finished.add(out);
    String name = adapterName(k);
    Path file = dir.resolve("adapters").resolve(name + ".adapter");
    AdapterFile.write(file, net.adapters().get(name));
    var entry = new LinkedHashMap<String, Object>();
    entry.put("adapter", name);
    entry.put("parent", k == 1 ? ActorCritic.BASE : adapterName(k - 1));
    entry.put("stage", k);
    entry.put("file", "adapters/" + name + ".adapter");
    entry.put("lora", ordered("rank", spec.lora().rank(), "alpha", spec.lora().alpha()));
    entry.put("episodes", out.episodes);
    entry.put("steps", out.steps);
    entry.put("remedial_rounds", out.rounds);
    entry.put("updates_kept", out.kept);
    entry.put("updates_rolled_back", out.rollbacks);
    entry.put("seeds", ordered("train", seeds.seed("curriculum-train"), "validation",
        seeds.seed("curriculum-validation"), "evaluation", seeds.seed("curriculum-evaluation")));
    entry.put("validation_gates", progress.gates);
    entry.put("validation_return", progress.bestValidation);
    entry.put("graduation", rollingMeans());
    entry.put("graduated", graduated);
    progress.registry.add(entry);
    log.printf(Locale.ROOT, "stage %d (%s): %s%n", k, stage.name(), out.verdict);
    progress.nextStage();
    checkpoint();
  }

  private String verdict(int stage, boolean graduated, Map<String, Double> means) {
    var failing = new ArrayList<String>();
    for (GraduationCriterion c : graduationCriteria(stage)) {
      Double v = means.get(c.name());
      var lists = progress.recent.get(c.name());
      int have = lists == null || lists.isEmpty() ? 0 : lists.get(0).size();
      if (v == null || !c.passes(v)) {
        failing.add(String.format(Locale.ROOT, "%s %.3f fails %s %s", c.name(),
            v == null ? Double.NaN : v, c.direction().symbol(), num(c.threshold())));
      } else if (have < c.window()) {
        failing.add(c.name() + " has " + have + " of the " + c.window() + " evaluations its"
            + " rolling mean needs");
      }
    }
    var unmeasured = meter.criteria(stage).stream().map(GraduationCriterion::name)
        .filter(CriterionMeter.NOT_MEASURED::containsKey).toList();
    String tail = unmeasured.isEmpty() ? "" : " Not measured (do not block graduation): "
        + String.join(", ", unmeasured) + ".";
    if (graduated) {
      return String.format(Locale.ROOT, "Graduated after %d episodes (%d remedial round%s):"
          + " every measured criterion met on the rolling mean of the last %d evaluations.%s",
          progress.stageEpisodes, progress.round, progress.round == 1 ? "" : "s",
          spec.evaluation().window(), tail);
    }
    return String.format(Locale.ROOT, "Did not graduate after %d episodes and %d remedial"
        + " round%s (the limit): %s.%s", progress.stageEpisodes, progress.round,
        progress.round == 1 ? "" : "s", String.join("; ", failing), tail);
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  // ---- files ----

  private Map<String, Object> updateLine(int stage, UpdateStats s) {
    var m = new LinkedHashMap<String, Object>();
    m.put("event", "update");
    m.put("stage", stage);
    m.put("round", progress.round);
    m.put("evaluation", progress.evaluations + 1);
    m.put("update", s.update());
    m.put("steps", s.globalSteps());
    m.put("policy_loss", s.policyLoss());
    m.put("value_loss", s.valueLoss());
    m.put("entropy", s.entropy());
    m.put("approx_kl", s.approxKl());
    m.put("clip_fraction", s.clipFraction());
    m.put("explained_variance", s.explainedVariance());
    m.put("episodes", s.episodes());
    m.put("mean_episode_return", s.meanEpisodeReturn());
    return m;
  }

  private void metric(Map<String, Object> line) {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(METRICS), json.writeValueAsString(finite(line)) + "\n",
          StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      progress.metricsLines++;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to " + dir.resolve(METRICS), e);
    }
  }

  /**
   * A map of {@code keysAndValues} in the order given ({@code Map.of} iterates in an order that
   * changes from one JVM to the next, and the files must not).
   */
  static Map<String, Object> ordered(Object... keysAndValues) {
    var out = new LinkedHashMap<String, Object>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      out.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return out;
  }

  /** The map with non-finite numbers as null (JSON has no NaN). */
  static Object finite(Object v) {
    if (v instanceof Double d) {
      return Double.isFinite(d) ? d : null;
    }
    if (v instanceof Map<?, ?> m) {
      var out = new LinkedHashMap<Object, Object>();
      m.forEach((k, x) -> out.put(k, finite(x)));
      return out;
    }
    if (v instanceof List<?> l) {
      return l.stream().map(CurriculumRun::finite).toList();
    }
    return v;
  }

  private void truncateMetrics(long lines) {
    Path f = dir.resolve(METRICS);
    try {
      if (Files.exists(f)) {
        var kept = Files.readAllLines(f, StandardCharsets.UTF_8).stream().limit(lines).toList();
        Files.write(f, kept, StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rewrite " + f, e);
    }
  }

  private void checkpoint() {
    NetArchive.write(dir.resolve(NET), net);
    writeJson(dir.resolve(STATE), progress);
    writeJson(dir.resolve("registry.json"), progress.registry);
    writeJson(dir.resolve("profiles.json"), progress.profiles);
    if (--stopAfterCheckpoints <= 0) {
      throw new Interrupted();
    }
  }

  /** Reports training progress to {@code listener} (after every chunk and on start). */
  CurriculumRun reportingTo(EpisodeProgress listener) {
    this.episodeProgress = listener;
    return this;
  }

  /** {done, planned} training episodes over all stages. */
  long[] episodeTotals() {
    long done = 0;
    long planned = 0;
    for (Progress.StageOutcome f : progress.finished) {
      done += f.episodes;
      planned += f.episodes;
    }
    for (StageSpec st : spec.stages()) {
      if (st.stage() == progress.stage) {
        done += progress.stageEpisodes;
        planned += Math.max(progress.stageEpisodes,
            st.episodes() + (long) progress.round * spec.remedialEpisodes());
      } else if (st.stage() > progress.stage) {
        planned += st.episodes();
      }
    }
    return new long[] {done, planned};
  }

  private void reportEpisodes() {
    long[] t = episodeTotals();
    episodeProgress.episodes(t[0], t[1]);
  }

  /** For tests: stop (as a kill would) right after the {@code n}-th checkpoint. */
  CurriculumRun stopAfterCheckpoints(int n) {
    this.stopAfterCheckpoints = n;
    return this;
  }

  /** Thrown by the test hook {@link #stopAfterCheckpoints}. */
  static final class Interrupted extends RuntimeException {
    Interrupted() {
      super("stopped after a checkpoint (test hook)");
    }
  }

  void writeJson(Path file, Object value) {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
      Files.writeString(tmp, Json.prettyMapper().writeValueAsString(finite(
          json.convertValue(value, Object.class))) + "\n", StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  static Progress read(Path file) {
    try {
      return Json.mapper().readValue(file.toFile(), Progress.class);
    } catch (IOException e) {
      throw org.sprintgym.sim.io.InputError.at(file, 0, 0, null,
          "unreadable curriculum checkpoint: " + e.getMessage(), null);
    }
  }
}

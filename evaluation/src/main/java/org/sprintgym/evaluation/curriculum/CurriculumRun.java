package org.sprintgym.evaluation.curriculum;

import java.io.PrintWriter;
import java.time.Clock;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.sprintgym.evaluation.GraduationCriterion;
import org.sprintgym.sim.stats.Stats;
import org.sprintgym.policy.Seeds;
import org.sprintgym.policy.io.AdapterFile;
import org.sprintgym.policy.log.TrainingLog;
import org.sprintgym.policy.nn.ActorCritic;
import org.sprintgym.policy.nn.ActorCriticSpec;
import org.sprintgym.policy.ppo.UpdateStats;
import org.sprintgym.evaluation.curriculum.CurriculumSpec.StageSpec;
import org.sprintgym.sim.config.SimConfig;
import org.sprintgym.sim.episode.EpisodeConfig;
import org.sprintgym.sim.episode.EpisodeEnv;
import org.sprintgym.sim.episode.EpisodeRunner;
import org.sprintgym.sim.episode.EpisodeType;
import org.sprintgym.sim.episode.SituationLibrary;
import org.sprintgym.sim.episode.SprintTrials;

/**
 * Runs a curriculum in a run folder: the {@link WarmStart} of the base, then per stage K PPO on
 * adapter vK (v1 fresh, vK starting from v(K-1)) behind its validation gate ({@link
 * StageTrainer}); after every training chunk the kept parameters are measured ({@link
 * StageEvaluator}) and the {@link GraduationTracker} decides whether the stage graduated. The
 * run's state is an immutable {@link RunState}, checkpointed by {@link RunFiles} at every gate;
 * every training chunk is seeded from (stage, gate), so a resumed run continues exactly as an
 * uninterrupted one would.
 */
public final class CurriculumRun {
  public static final String METRICS = RunFiles.METRICS;
  /** progress.csv's columns after SB3's: which stage and remedial round each update is of. */
  public static final List<String> PROGRESS_COLUMNS = List.of("curriculum/stage",
      "curriculum/round");

  private final CurriculumSpec spec;
  private final PrintWriter log;
  private final Seeds seeds;
  private final EpisodeConfig episodeConfig;
  private final SituationLibrary library;
  private final PolicyEvaluator evaluator;
  private final CriterionMeter meter;
  private final SprintTrials trials;
  private StageEvaluator stages;
  private NormalisedScale scale = NormalisedScale.none();
  private final RunFiles files;
  private final CheckpointListener checkpoints;
  private final Path tensorboard;
  private final ReturnCurve curve = new ReturnCurve();
  /** progress.csv (and TensorBoard events), open while the run runs. */
  private TrainingLog trainingLog;
  private long startNanos;
  private double wallBefore;
  private int checkpointCount;
  private EpisodeProgress episodeProgress = (done, planned) -> { };
  private RunState state;
  private ActorCritic net;

  /** Told after every training chunk how far training has come, for a progress bar. */
  @FunctionalInterface
  public interface EpisodeProgress {
    /**
     * @param done training episodes of all stages so far
     * @param planned episodes of all stages as planned now (remedial rounds add to it)
     */
    void episodes(long done, long planned);
  }

  /** Told after every checkpoint is on disk (a resumed run continues from the last one told). */
  @FunctionalInterface
  public interface CheckpointListener {
    /** @param count checkpoints written by this run so far */
    void saved(int count);
  }

  public CurriculumRun(CurriculumSpec spec, long seed, Path dir, PrintWriter log) {
    this(spec, seed, dir, log, count -> { });
  }

  public CurriculumRun(CurriculumSpec spec, long seed, Path dir, PrintWriter log,
      CheckpointListener checkpoints) {
    this(spec, seed, dir, log, checkpoints, null);
  }

  /** @param tensorboard folder for TensorBoard event files of every PPO update, or null */
  public CurriculumRun(CurriculumSpec spec, long seed, Path dir, PrintWriter log,
      CheckpointListener checkpoints, Path tensorboard) {
    this.spec = spec;
    this.tensorboard = tensorboard;
    this.log = log;
    this.checkpoints = checkpoints;
    this.seeds = new Seeds(seed);
    this.episodeConfig = EpisodeConfig.defaults().withWorlds(spec.worlds())
        .withRewards(spec.rewards()).withCoefficients(spec.episode());
    this.library = SituationLibrary.of(episodeConfig, spec.sim());
    this.evaluator = new PolicyEvaluator(new EpisodeRunner(episodeConfig, library));
    this.meter = new CriterionMeter(spec.thresholds(), spec.evaluation().window());
    this.trials = new SprintTrials(episodeConfig, library);
    this.files = new RunFiles(dir);
  }

  /** Whether {@code dir} holds a checkpoint to resume. */
  public static boolean resumable(Path dir) {
    return RunFiles.resumable(dir);
  }

  /** Runs (or, with {@code resume}, continues) the curriculum; returns the finished state. */
  public RunState run(boolean resume) {
    if (resume) {
      state = files.readState();
    }
    try (TrainingLog logs = TrainingLog.open(files.dir(), spec.ppo(), PROGRESS_COLUMNS, resume,
        resume ? state.progressRows() : 0, tensorboard, Clock.systemUTC())) {
      trainingLog = logs;
      return runLogged(resume);
    } finally {
      trainingLog = null;
    }
  }

  private RunState runLogged(boolean resume) {
    if (resume) {
      net = files.readNet();
      files.truncateMetrics(state.metricsLines());
      wallBefore = state.wallSeconds();
      log.printf(Locale.ROOT, "resuming at stage %d, %d episodes, %d evaluations%n",
          state.stage(), state.current().stageEpisodes(), state.current().evaluations());
    } else {
      state = RunState.start();
      var env = new EpisodeEnv(episodeConfig, library, List.of(EpisodeType.values()));
      net = ActorCritic.create(new ActorCriticSpec(env.observationSpace().size(),
          env.actionSpace().n(), spec.ppo().actorHidden(), spec.ppo().criticHidden()),
          DataType.FLOAT, seeds.rng(Seeds.INIT));
    }
    startNanos = System.nanoTime();
    // the same reference seeds every time: a resumed run measures the same scale again
    scale = NormalisedScale.measure(evaluator, spec.evaluation().referenceEpisodesPerType(),
        seeds.seed("curriculum-reference"));
    stages = new StageEvaluator(spec, evaluator, trials, meter, scale,
        seeds.seed("curriculum-validation"), seeds.seed("curriculum-evaluation"));
    reportEpisodes();
    if (!state.warmStarted()) {
      var w = new WarmStart(spec.bc(), spec.ppo().gamma(), seeds).run(net,
          new EpisodeRunner(episodeConfig, library), files::metric);
      if (spec.pretrainingSteps() > 0) {
        long steps = BasePretraining.run(spec, episodeConfig, library, net, seeds,
            spec.pretrainingSteps(), s -> pretrained(s));
        log.printf(Locale.ROOT, "pretraining: PPO on the base over every episode type, %d steps%n",
            steps);
      }
      state = state.warmStarted(Double.isFinite(w.loss()) ? w.loss() : null, w.registryEntry());
      log.println(w.logLine(spec.bc().epochs()));
      checkpoint();
    }
    while (state.stage() <= spec.stages().size()) {
      runStage(spec.stages().get(state.stage() - 1));
    }
    return state;
  }

  public ActorCritic net() {
    return net;
  }

  /** The world model the run's episode worlds are simulated with ({@code spec.sim()}). */
  public SimConfig worldModel() {
    return library.config();
  }

  /** The configuration of every episode the run plays: its reward weights and episode tables. */
  public EpisodeConfig episodeConfig() {
    return episodeConfig;
  }

  public Seeds seeds() {
    return seeds;
  }

  public RunState state() {
    return state;
  }

  /** The normalised scale of the judge-score criteria (measured when the run starts). */
  NormalisedScale scale() {
    return scale;
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

  RunFiles files() {
    return files;
  }

  /** Replaces the state (the reporter adds the baselines' profiles). */
  void update(RunState next) {
    state = next;
  }

  static String adapterName(int stage) {
    return "v" + stage;
  }

  /** The stage's types weighted by its mix, earlier stages' types sharing the rehearsal share. */
  public List<EpisodeType> trainingMix(StageSpec stage) {
    return TrainingMix.of(stage, spec.rehearsalShare());
  }

  private void runStage(StageSpec stage) {
    String name = adapterName(stage.stage());
    if (!net.adapters().containsKey(name)) {
      startAdapter(stage.stage());
    }
    net.activate(name);
    // the kept parameters' validation, episode by episode: re-measured on a resume, where the
    // live parameters are the kept ones (deterministic: greedy play on fixed seeds)
    double[] validation = stages.validate(net, stage);
    if (state.current().bestValidation() == null) {
      var untrained = stages.untrained(net, stage.stage());
      state = state.withCurrent(state.current().started(untrained.values(), untrained.judges(),
          Stats.mean(validation)));
    }
    var tracker = new GraduationTracker(spec.evaluation().window(), state.current().recent());
    try (var trainer = new StageTrainer(spec, episodeConfig, library, net,
        seeds.seed("curriculum-train"), validation, stages.validationGroups(stage))) {
      boolean graduated = false;
      while (true) {
        long budget = state.current().round() == 0 ? stage.episodes() : spec.remedialEpisodes();
        while (state.current().roundEpisodes() < budget && !graduated) {
          graduated = trainAndEvaluate(stage, trainer, tracker, budget, (int) Math.min(
              spec.evaluation().everyEpisodes(), budget - state.current().roundEpisodes()));
        }
        if (graduated || state.current().round() >= spec.remedialRounds()) {
          break;
        }
        state = state.withCurrent(state.current().nextRound());
        log.printf(Locale.ROOT, "stage %d: not graduated, remedial round %d of %d%n",
            stage.stage(), state.current().round(), spec.remedialRounds());
      }
      trainer.finish(); // the adapter is the last kept update: later training was not validated
      finishStage(stage, tracker, graduated);
    }
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
   * and at the end of a round) the gate keeps or rolls back the training since the last gate;
   * then the kept parameters are evaluated. Returns whether the stage graduated.
   */
  private boolean trainAndEvaluate(StageSpec stage, StageTrainer trainer,
      GraduationTracker tracker, long budget, int episodes) {
    StageState before = state.current();
    double cap = before.round() == 0 ? spec.difficulty().cap(before.roundEpisodes(), budget) : 1.0;
    var chunk = trainer.train(stage.stage(), before.gates(), trainingMix(stage), cap, episodes,
        s -> updated(stage.stage(), s));
    state = state.withCurrent(before.trained(chunk.episodes(), chunk.steps()));
    boolean atGate = state.current().sinceGate() >= spec.validation().everyEpisodes()
        || state.current().roundEpisodes() >= budget || chunk.trainerDone();
    Double validation = null;
    Boolean keep = null;
    if (atGate) {
      trainer.close();
      double[] returns = stages.validate(net, stage);
      validation = Stats.mean(returns);
      keep = trainer.gate(returns);
      state = state.withCurrent(state.current().gated(keep, trainer.best()));
    }
    Double v = validation;
    Boolean k = keep;
    boolean graduated = trainer.withKept(() -> evaluate(stage, tracker, v, k, trainer.cap()));
    if (atGate || graduated) {
      checkpoint(); // at a gate the live parameters are the kept ones: a resume starts here
    }
    reportEpisodes();
    return graduated;
  }

  /**
   * Measures the stage's criteria for the kept parameters, adds them to the rolling windows and
   * writes the evaluation's line. {@code validation} and {@code kept} are null between gates.
   */
  private boolean evaluate(StageSpec stage, GraduationTracker tracker, Double validation,
      Boolean kept, double cap) {
    int k = stage.stage();
    StageState now = state.current();
    var e = stages.evaluate(net, k, now.evaluations());
    for (int s = 0; s < e.perSeed().size(); s++) {
      for (GraduationCriterion c : meter.graduationCriteria(k)) {
        if (!c.name().equals(CriterionMeter.NO_REGRESSION)) {
          tracker.add(c.name(), s, e.perSeed().get(s).get(c.name()));
        }
      }
    }
    if (k == 4) {
      // one count for the evaluation, from the rolling means of all seeds
      double n = tracker.regressions(state.finished(), meter, spec.noRegressionTolerance());
      for (int s = 0; s < e.perSeed().size(); s++) {
        tracker.add(CriterionMeter.NO_REGRESSION, s, n);
      }
    }
    state = state.withCurrent(now.evaluated(tracker.snapshot(),
        curve.point(now.stageEpisodes(), e)))
        .profiled(adapterName(k), e.success(), e.judge());
    boolean graduated = tracker.graduated(meter.graduationCriteria(k));
    files.metric(RunLines.evaluation(k, state.current(), cap, validation, kept, e.judge(),
        tracker, graduated));
    int number = state.current().evaluations();
    if (validation != null) {
      log.printf(Locale.ROOT, "stage %d eval %d: %d episodes, gate: validation %.3f (%s, best"
          + " %.3f), judge %.3f%s%n", k, number, now.stageEpisodes(), validation,
          kept ? "kept" : "rolled back", state.current().bestValidation(), e.judge(),
          graduated ? ", graduated" : "");
    } else if (graduated || number % 10 == 0) {
      log.printf(Locale.ROOT, "stage %d eval %d: %d episodes, judge %.3f%s%n", k, number,
          now.stageEpisodes(), e.judge(), graduated ? ", graduated" : "");
    }
    return graduated;
  }

  private void finishStage(StageSpec stage, GraduationTracker tracker, boolean graduated) {
    int k = stage.stage();
    StageState now = state.current();
    var out = new StageOutcome(k, graduated, now.stageEpisodes(), now.stageSteps(), now.round(),
        now.kept(), now.rollbacks(), now.evaluations(), tracker.rolling(), now.curve(),
        StageVerdict.of(meter, spec.evaluation().window(), k, graduated, now, tracker),
        now.untrained(), now.untrainedJudges());
    String name = adapterName(k);
    AdapterFile.write(files.dir().resolve("adapters").resolve(name + ".adapter"),
        net.adapters().get(name));
    state = state.finishedStage(out, RunLines.registryEntry(out, now, tracker, spec.lora(),
        seeds));
    log.printf(Locale.ROOT, "stage %d (%s): %s%n", k, stage.name(), out.verdict());
    checkpoint();
  }

  /** One PPO update: its metrics line, its progress.csv row, its return for the curve. */
  private void updated(int stage, UpdateStats s) {
    files.metric(RunLines.update(stage, state.current(), s));
    trainingLog.record(s, Map.of("curriculum/stage", (double) stage, "curriculum/round",
        (double) state.current().round()));
    curve.add(s);
  }

  /** One PPO update of the base's pretraining: stage 0 in metrics.jsonl and progress.csv. */
  private void pretrained(UpdateStats s) {
    files.metric(RunLines.update(0, state.current(), s));
    trainingLog.record(s, Map.of("curriculum/stage", 0.0, "curriculum/round", 0.0));
  }

  private double wallSeconds() {
    return wallBefore + (System.nanoTime() - startNanos) / 1e9;
  }

  private void checkpoint() {
    state = state.atCheckpoint(files.metricsLines(), trainingLog.rows(), wallSeconds());
    files.checkpoint(net, state);
    checkpoints.saved(++checkpointCount);
  }

  /** Reports training progress to {@code listener} (after every chunk and on start). */
  CurriculumRun reportingTo(EpisodeProgress listener) {
    this.episodeProgress = listener;
    return this;
  }

  private void reportEpisodes() {
    long[] t = state.episodeTotals(spec);
    episodeProgress.episodes(t[0], t[1]);
  }
}

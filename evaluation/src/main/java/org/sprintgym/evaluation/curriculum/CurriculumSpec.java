package org.sprintgym.evaluation.curriculum;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sprintgym.agents.Requires;
import org.sprintgym.policy.nn.LoraConfig;
import org.sprintgym.policy.ppo.PpoConfig;
import org.sprintgym.sim.config.SimConfig;
import org.sprintgym.sim.episode.EpisodeCoefficients;
import org.sprintgym.sim.episode.RewardWeights;
import org.sprintgym.sim.episode.EpisodeType;

/**
 * A validated {@code kind: curriculum} section (scenarios/SCHEMA.md documents every key).
 *
 * @param stages the stages to train, 1..K in order (each trains adapter vK from v(K-1))
 * @param worlds simulated worlds the episode situations are cut from
 * @param bc behaviour-cloning warm start of the base from expert traces
 * @param lora settings of every stage adapter
 * @param ppo PPO settings (learning-rate annealing off: a stage's length depends on graduation)
 * @param rehearsalShare share of a stage's training episodes drawn from earlier stages
 * @param evaluation cadence, seeds and rolling window of the criteria evaluations
 * @param validation seeds and the relative improvement an update must bring to be kept
 * @param remedialRounds extra rounds a stage gets when it has not graduated after its episodes
 * @param remedialEpisodes training episodes of one remedial round
 * @param noRegressionTolerance how far (absolute) an earlier criterion may move the wrong way
 *     under the final adapter before it counts as a regression
 * @param thresholds criterion thresholds that replace dojo's defaults, by criterion name
 * @param pretraining PPO on the base over every episode type after the behaviour cloning and
 *     before stage 1 (0 steps: none): the base learns the seat from rewards alone
 * @param rewards the reward weights of every episode the run trains, validates and evaluates on
 *     ({@code episode.rewards})
 * @param sim the world model the episode worlds are simulated with: the defaults, with the
 *     scenario's {@code sim.coefficients} tables applied
 * @param episode the judge's, the consequence model's, the cues', the situation models', the type
 *     specs' and the difficulty's tables of every episode ({@code episode.judge},
 *     {@code episode.outcome}, {@code episode.cues}, {@code episode.situations},
 *     {@code episode.types}, {@code episode.difficulty})
 */
public record CurriculumSpec(List<StageSpec> stages, int worlds, BehaviourCloningSpec bc,
    LoraConfig lora, PpoConfig ppo, double rehearsalShare, EvaluationSpec evaluation,
    ValidationSpec validation, int remedialRounds, int remedialEpisodes,
    double noRegressionTolerance, Map<String, Double> thresholds, DifficultySpec difficulty,
    PretrainingSpec pretraining, RewardWeights rewards, SimConfig sim,
    EpisodeCoefficients episode) {

  /** dojo's stage names. */
  public static final List<String> STAGE_NAMES = List.of("stable team", "disturbance resilience",
      "cross-team orientation", "team composition change");

  public CurriculumSpec {
    stages = List.copyOf(stages);
    if (stages.isEmpty()) {
      throw new IllegalArgumentException("a curriculum needs at least one stage");
    }
    for (int i = 0; i < stages.size(); i++) {
      if (stages.get(i).stage() != i + 1) {
        throw new IllegalArgumentException("stages must be 1..K in order; stage " + (i + 1)
            + " is " + stages.get(i).stage());
      }
    }
    Requires.inRange(worlds, 1, 100_000, "worlds");
    Requires.unit(rehearsalShare, "rehearsal_share");
    Requires.inRange(remedialRounds, 0, 100, "remedial.rounds");
    Requires.inRange(remedialEpisodes, 1, 100_000_000, "remedial.episodes");
    Requires.nonNegative(noRegressionTolerance, "no_regression_tolerance");
    thresholds = Collections.unmodifiableMap(new LinkedHashMap<>(thresholds));
    java.util.Objects.requireNonNull(difficulty, "difficulty");
    java.util.Objects.requireNonNull(pretraining, "pretraining");
    java.util.Objects.requireNonNull(rewards, "rewards");
    java.util.Objects.requireNonNull(sim, "sim");
    java.util.Objects.requireNonNull(episode, "episode");
  }

  /** A curriculum whose episodes use the default judge, outcome and cue tables. */
  public CurriculumSpec(List<StageSpec> stages, int worlds, BehaviourCloningSpec bc,
      LoraConfig lora, PpoConfig ppo, double rehearsalShare, EvaluationSpec evaluation,
      ValidationSpec validation, int remedialRounds, int remedialEpisodes,
      double noRegressionTolerance, Map<String, Double> thresholds, DifficultySpec difficulty,
      PretrainingSpec pretraining, RewardWeights rewards, SimConfig sim) {
    this(stages, worlds, bc, lora, ppo, rehearsalShare, evaluation, validation, remedialRounds,
        remedialEpisodes, noRegressionTolerance, thresholds, difficulty, pretraining, rewards, sim,
        EpisodeCoefficients.defaults());
  }

  /** A curriculum whose episode worlds are simulated with the default world model. */
  public CurriculumSpec(List<StageSpec> stages, int worlds, BehaviourCloningSpec bc,
      LoraConfig lora, PpoConfig ppo, double rehearsalShare, EvaluationSpec evaluation,
      ValidationSpec validation, int remedialRounds, int remedialEpisodes,
      double noRegressionTolerance, Map<String, Double> thresholds, DifficultySpec difficulty,
      PretrainingSpec pretraining, RewardWeights rewards) {
    this(stages, worlds, bc, lora, ppo, rehearsalShare, evaluation, validation, remedialRounds,
        remedialEpisodes, noRegressionTolerance, thresholds, difficulty, pretraining, rewards,
        SimConfig.defaults());
  }

  /** PPO steps of the base's pretraining (0: none). */
  public long pretrainingSteps() {
    return pretraining.steps();
  }

  /**
   * The base's PPO pretraining: a fixed budget, so its learning rate anneals linearly to 0 over
   * it (as {@code train}'s does); its learning rate and epochs may differ from the stages', which
   * fine-tune adapters (a from-scratch base learns fastest with larger steps than a fine-tuned
   * adapter keeps).
   *
   * @param steps PPO steps (0: no pretraining)
   * @param learningRate Adam's initial step size, or NaN for the stages' ({@code curriculum.ppo})
   * @param epochs passes over each rollout, or 0 for the stages'
   */
  public record PretrainingSpec(long steps, double learningRate, int epochs) {
    public PretrainingSpec {
      Requires.inRange(steps, 0, 1_000_000_000L, "pretraining.ppo_steps");
      if (!Double.isNaN(learningRate)) {
        Requires.inRange(learningRate, 1e-9, 1, "pretraining.learning_rate");
      }
      Requires.inRange(epochs, 0, 1000, "pretraining.epochs");
    }

    /** The PPO settings of the pretraining, from the stages' {@code ppo}. */
    public PpoConfig config(PpoConfig ppo) {
      return ppo.withOptimisation(epochs > 0 ? epochs : ppo.epochs(),
          Double.isNaN(learningRate) ? ppo.learningRate() : learningRate, true);
    }
  }

  /** This curriculum with episodes rewarded by {@code weights}. */
  public CurriculumSpec withRewards(RewardWeights weights) {
    return new CurriculumSpec(stages, worlds, bc, lora, ppo, rehearsalShare, evaluation,
        validation, remedialRounds, remedialEpisodes, noRegressionTolerance, thresholds,
        difficulty, pretraining, weights, sim, episode);
  }

  /** This curriculum with its episode worlds simulated with {@code config}. */
  public CurriculumSpec withSim(SimConfig config) {
    return new CurriculumSpec(stages, worlds, bc, lora, ppo, rehearsalShare, evaluation,
        validation, remedialRounds, remedialEpisodes, noRegressionTolerance, thresholds,
        difficulty, pretraining, rewards, config, episode);
  }

  /** This curriculum with its episodes judged, simulated and cued with {@code tables}. */
  public CurriculumSpec withEpisode(EpisodeCoefficients tables) {
    return new CurriculumSpec(stages, worlds, bc, lora, ppo, rehearsalShare, evaluation,
        validation, remedialRounds, remedialEpisodes, noRegressionTolerance, thresholds,
        difficulty, pretraining, rewards, sim, tables);
  }

  /**
   * Every coefficient table the run's episodes use, by table name ({@code sim.coefficients.work},
   * ..., {@code episode.rewards}, {@code episode.judge}, {@code episode.outcome},
   * {@code episode.cues}, {@code episode.situations}, {@code episode.types},
   * {@code episode.difficulty}), each as key -> value in table order: for run.json.
   */
  public Map<String, Map<String, Double>> coefficientTables() {
    var out = new LinkedHashMap<String, Map<String, Double>>(sim.coefficientValues());
    out.putAll(episode.valuesWith(rewards));
    return Collections.unmodifiableMap(out);
  }

  /**
   * Difficulty rising within a stage: training situations harder than a cap are redrawn (see
   * the {@code EpisodeEnv} constructor with a difficulty cap); the cap rises linearly from {@code start} to 1 over the
   * first {@code ramp} share of the stage's main-round episodes. Validation, evaluation and
   * remedial rounds use the full difficulty.
   */
  public record DifficultySpec(double start, double ramp) {
    public DifficultySpec {
      if (!(start > 0 && start <= 1)) {
        throw new IllegalArgumentException("difficulty.start must be in (0, 1] but was " + start);
      }
      Requires.unit(ramp, "difficulty.ramp");
    }

    /** The cap after {@code episodes} of a main round of {@code budget} episodes. */
    public double cap(long episodes, long budget) {
      if (ramp <= 0 || budget <= 0) {
        return 1.0;
      }
      double f = Math.min(1.0, episodes / (ramp * budget));
      return start + (1 - start) * f;
    }
  }

  /**
   * One stage.
   *
   * @param stage 1..4
   * @param episodes training episodes before remedial rounds
   * @param mix weight of each of the stage's episode types (rehearsal comes on top)
   */
  public record StageSpec(int stage, int episodes, Map<EpisodeType, Double> mix) {
    public StageSpec {
      Requires.inRange(stage, 1, 4, "stage");
      Requires.inRange(episodes, 1, 100_000_000, "episodes of stage " + stage);
      var m = new EnumMap<EpisodeType, Double>(EpisodeType.class);
      m.putAll(mix);
      for (var e : m.entrySet()) {
        if (e.getKey().stage() != stage) {
          throw new IllegalArgumentException("episode type " + e.getKey().key()
              + " belongs to stage " + e.getKey().stage() + ", not " + stage);
        }
        Requires.nonNegative(e.getValue(), "mix weight of " + e.getKey().key());
      }
      if (m.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
        throw new IllegalArgumentException("the mix of stage " + stage + " has no positive weight");
      }
      mix = Collections.unmodifiableMap(m);
    }

    /** Every type of the stage, equally weighted. */
    public static StageSpec uniform(int stage, int episodes) {
      var m = new EnumMap<EpisodeType, Double>(EpisodeType.class);
      EpisodeType.ofStage(stage).forEach(t -> m.put(t, 1.0));
      return new StageSpec(stage, episodes, m);
    }

    public String name() {
      return STAGE_NAMES.get(stage - 1);
    }
  }

  /**
   * @param episodesPerType expert episodes per episode type
   * @param epochs passes over the demonstrations (0: no warm start)
   * @param learningRate Adam's step size
   */
  public record BehaviourCloningSpec(int episodesPerType, int epochs, double learningRate) {
    public BehaviourCloningSpec {
      Requires.inRange(episodesPerType, 1, 1_000_000, "behaviour_cloning.episodes_per_type");
      Requires.inRange(epochs, 0, 10_000, "behaviour_cloning.epochs");
      Requires.positive(learningRate, "behaviour_cloning.learning_rate");
    }
  }

  /**
   * @param everyEpisodes training episodes between evaluations
   * @param seeds evaluation seeds (the replications of the 95% intervals)
   * @param episodesPerType episodes per type and seed in one evaluation
   * @param window evaluations the graduation rolling mean covers (dojo: 20)
   * @param referenceEpisodesPerType episodes per type on which random and the oracle are
   *     measured once per run for the normalised scale ({@link NormalisedScale})
   */
  public record EvaluationSpec(int everyEpisodes, int seeds, int episodesPerType, int window,
      int referenceEpisodesPerType) {
    /** The default of {@code reference_episodes_per_type}. */
    public static final int REFERENCE_EPISODES_PER_TYPE = 300;

    public EvaluationSpec {
      Requires.inRange(everyEpisodes, 1, 100_000_000, "evaluation.every_episodes");
      Requires.inRange(seeds, 1, 1000, "evaluation.seeds");
      Requires.inRange(episodesPerType, 1, 100_000, "evaluation.episodes_per_type");
      Requires.inRange(window, 1, 10_000, "evaluation.window");
      Requires.inRange(referenceEpisodesPerType, 1, 100_000,
          "evaluation.reference_episodes_per_type");
    }
  }

  /**
   * @param everyEpisodes training episodes between validation gates: the training since the last
   *     gate is one "update" the gate keeps or rolls back
   * @param seeds validation seeds (a stream apart from the evaluation seeds)
   * @param episodesPerType episodes per type and seed of one validation
   * @param minImprovement relative gain in mean validation return an update must bring to be kept
   *     (with {@code basis: paired}: standard errors of the mean paired gain)
   * @param basis what the relative gain is taken of: {@code return} (dojo: the kept update's
   *     validation return) or {@code shortfall} (what the kept return lacks of 1); or
   *     {@code paired}, a paired comparison with the kept update episode by episode
   * @param metric what a validation measures per episode: {@code return} (dojo: the reward PPO
   *     maximises) or {@code judge} (the judge score the graduation criteria are made of)
   */
  public record ValidationSpec(int everyEpisodes, int seeds, int episodesPerType,
      double minImprovement, String basis, String metric) {
    public ValidationSpec {
      Requires.inRange(everyEpisodes, 1, 100_000_000, "validation.every_episodes");
      Requires.inRange(seeds, 1, 1000, "validation.seeds");
      Requires.inRange(episodesPerType, 1, 100_000, "validation.episodes_per_type");
      Requires.nonNegative(minImprovement, "validation.min_improvement");
      if (!METRICS.contains(metric)) {
        throw new IllegalArgumentException("validation.metric: '" + metric + "' is not allowed"
            + " (allowed: " + String.join(", ", METRICS) + ")");
      }
      if (!BASES.contains(basis)) {
        throw new IllegalArgumentException("validation.basis: '" + basis + "' is not allowed"
            + " (allowed: " + String.join(", ", BASES) + ")");
      }
    }

    /** The allowed values of {@code basis}. */
    public static final List<String> BASES = List.of("return", "shortfall", "paired",
        "non_inferior", "non_inferior_each");

    /** The allowed values of {@code metric}. */
    public static final List<String> METRICS = List.of("return", "judge");

    /** Same settings, dojo's metric (the validation return). */
    public ValidationSpec(int everyEpisodes, int seeds, int episodesPerType,
        double minImprovement, String basis) {
      this(everyEpisodes, seeds, episodesPerType, minImprovement, basis, "return");
    }

    /** Whether a validation measures the judge score rather than the return. */
    public boolean judges() {
      return metric.equals("judge");
    }

    ValidationGate.Basis gateBasis() {
      return ValidationGate.Basis.valueOf(basis.toUpperCase(java.util.Locale.ROOT));
    }
  }
}

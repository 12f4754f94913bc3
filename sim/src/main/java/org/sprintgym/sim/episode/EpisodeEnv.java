package org.sprintgym.sim.episode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.sprintgym.sim.env.ActionSpace;
import org.sprintgym.sim.env.Env;
import org.sprintgym.sim.env.ObservationSpace;
import org.sprintgym.sim.env.Reset;
import org.sprintgym.sim.env.SeedMix;
import org.sprintgym.sim.env.Step;
import org.sprintgym.sim.episode.TypeSpec.Role;
import org.sprintgym.sim.episode.judge.Judge;
import org.sprintgym.sim.episode.judge.JudgeResult;
import org.sprintgym.sim.episode.judge.RubricJudge;

/**
 * The episode env: at {@link #reset(long)} a situation of one of its types is cut out of a
 * simulated world (the type too is drawn from the seed when the env mixes several), the trainee
 * acts until it ends the episode or the type's step limit truncates it, then the consequences are
 * simulated forward and the composite reward is paid on the last step. Every step's mask allows
 * exactly the type's actions that can still do something.
 *
 * <p>Info keys at reset: {@code type}, {@code stage}, {@code story_id}, {@code world}; on the last
 * step also {@code outcome}, {@code outcome_components}, {@code judge}, {@code judge_components},
 * {@code judge_reasons}, {@code judge_result}, {@code reward_components}, {@code problems}. Every
 * info value is a string, a number, a boolean, or a list or map of those (JSON as it stands: an
 * env server writes it with Jackson); the typed verdict and reward are {@link #lastVerdict()} and
 * {@link #lastReward()}.
 */
public final class EpisodeEnv implements Env {
  private final EpisodeConfig config;
  private final SituationLibrary library;
  private final List<EpisodeType> types;
  private final Map<EpisodeType, Judge> judges;

  /** The spec of each type with the configuration's {@code episode.types} table. */
  private final Map<EpisodeType, TypeSpec> specs;
  private TypeSpec spec;
  private final double difficultyCap;
  private Map<EpisodeAction, int[]> roles;
  private long seed;
  private SituationContext context;
  private HiddenTruth truth;
  private float[] cues;
  private float[] sharpCues;
  private double severityCue;
  private final float[] obs = new float[Observations.SIZE];
  private final boolean[] mask = new boolean[EpisodeAction.count()];
  private int[] actions = new int[32];
  private int length;
  private boolean[] probed;
  private int found;
  private int probes;
  private boolean assessed;
  private boolean sharpened;
  private double progress;
  private int decision;
  private boolean[] supportDone;
  private boolean started;
  private boolean over;
  private EpisodeRecord lastRecord;
  private JudgeResult lastVerdict;
  private RewardBreakdown lastReward;

  public EpisodeEnv(EpisodeConfig config, SituationLibrary library, List<EpisodeType> types) {
    this(config, library, types, RubricJudge.all(config.judge()));
  }

  /**
   * An env whose situations are no harder than {@code difficultyCap} (a curriculum raises it
   * within a stage): a situation harder than the cap is redrawn, up to
   * {@code episode.difficulty}'s {@code attempts} draws, after which the easiest one drawn is used
   * (see {@link CappedDraw}). {@code 1} leaves the situation distribution untouched.
   */
  public EpisodeEnv(EpisodeConfig config, SituationLibrary library, List<EpisodeType> types,
      double difficultyCap) {
    this(config, library, types, RubricJudge.all(config.judge()), difficultyCap);
  }

  /** An env whose episodes are judged by {@code judges} (e.g. an external judge for some types). */
  public EpisodeEnv(EpisodeConfig config, SituationLibrary library, List<EpisodeType> types,
      Map<EpisodeType, Judge> judges) {
    this(config, library, types, judges, 1.0);
  }

  private EpisodeEnv(EpisodeConfig config, SituationLibrary library, List<EpisodeType> types,
      Map<EpisodeType, Judge> judges, double difficultyCap) {
    if (!(difficultyCap > 0 && difficultyCap <= 1)) {
      throw new IllegalArgumentException("difficulty cap must be in (0, 1] but was "
          + difficultyCap);
    }
    this.difficultyCap = difficultyCap;
    if (types.isEmpty()) {
      throw new IllegalArgumentException("an episode env needs at least one episode type");
    }
    this.config = config;
    this.library = library;
    this.types = List.copyOf(types);
    this.judges = Map.copyOf(judges);
    var byType = new java.util.EnumMap<EpisodeType, TypeSpec>(EpisodeType.class);
    for (EpisodeType t : types) {
      if (!judges.containsKey(t)) {
        throw new IllegalArgumentException("no judge for episode type " + t.key());
      }
      byType.put(t, TypeSpecs.of(t, config.types()));
    }
    this.specs = java.util.Collections.unmodifiableMap(byType);
  }

  /** An env of one type with the default configuration and a private library. */
  public static EpisodeEnv of(EpisodeType type) {
    EpisodeConfig cfg = EpisodeConfig.defaults();
    return new EpisodeEnv(cfg, SituationLibrary.of(cfg), List.of(type));
  }

  @Override
  public ObservationSpace observationSpace() {
    return Observations.observationSpace();
  }

  @Override
  public ActionSpace actionSpace() {
    return EpisodeAction.space();
  }

  /**
   * How hard a situation is, in [0, 1], under the default {@code episode.difficulty} table: the
   * mean of its story's size (points / 8), its ambiguity and the true severity of what happens
   * (scenarios/SCHEMA.md, {@code curriculum.difficulty}); see {@link DifficultyCoefficients#of}.
   */
  public static double difficulty(SituationContext c, double severity) {
    return DifficultyCoefficients.DEFAULTS.of(c, severity);
  }

  @Override
  public Reset reset(long seed) {
    this.seed = seed;
    EpisodeType type = types.size() == 1 ? types.get(0)
        : types.get((int) Math.floorMod(SeedMix.mix(seed), (long) types.size()));
    spec = specs.get(type);
    roles = TypeSpecs.roles(type);
    CappedDraw drawn = CappedDraw.draw(seed, spec, library, difficultyCap, config);
    context = drawn.context();
    return open(seed, type, drawn.truth());
  }

  /**
   * Starts an episode of {@code type} in a given situation, e.g. one cut from a live world whose
   * sprint the trainee is playing (see {@link SprintTrials}); {@code seed} draws the hidden truth
   * and the cues as {@link #reset} does.
   */
  Reset resetTo(long seed, EpisodeType type, SituationContext situation) {
    if (!types.contains(type)) {
      throw new IllegalArgumentException("this env plays " + types + ", not " + type.key());
    }
    this.seed = seed;
    spec = specs.get(type);
    roles = TypeSpecs.roles(type);
    context = situation;
    var t = new SituationModel.Truth(spec.slots().size(), config.cues(),
        config.situations());
    spec.model().draw(context, new SplittableRandom(SeedMix.derive(seed, 2)), t);
    return open(seed, type, t);
  }

  private Reset open(long seed, EpisodeType type, SituationModel.Truth t) {
    int k = spec.slots().size();
    EpisodeOpening opening = EpisodeOpening.draw(seed, spec, context, t, k,
        config.cues());
    truth = opening.truth();
    cues = opening.cues();
    sharpCues = opening.sharpCues();
    severityCue = opening.severityCue();
    length = 0;
    probed = new boolean[k];
    found = 0;
    probes = 0;
    assessed = false;
    sharpened = false;
    progress = 0;
    decision = TypeSpec.NO_DECISION;
    supportDone = new boolean[spec.supports().size()];
    started = true;
    over = false;
    lastRecord = null;
    lastVerdict = null;
    lastReward = null;
    Observations.writeContext(obs, type, context);
    refresh();
    Map<String, Object> info = new HashMap<>();
    info.put("type", type.key());
    info.put("stage", type.stage());
    info.put("story_id", context.storyId());
    info.put("world", context.world());
    return new Reset(obs.clone(), mask.clone(), info);
  }

  @Override
  public Step step(int action) {
    if (!started || over) {
      throw new IllegalStateException(started ? "the episode is over: call reset first"
          : "step before reset");
    }
    if (action < 0 || action >= mask.length || !mask[action]) {
      throw new IllegalArgumentException("action " + action + (action >= 0 && action < mask.length
          ? " (" + EpisodeAction.of(action).key() + ")" : "") + " is masked out in this "
          + spec.type().key() + " episode; allowed now: " + allowedNames());
    }
    if (length == actions.length) {
      actions = Arrays.copyOf(actions, length * 2);
    }
    actions[length++] = action;
    int[] role = roles.get(EpisodeAction.of(action));
    boolean ends = apply(Role.values()[role[0]], role[1]);
    boolean truncated = !ends && length >= spec.stepLimit();
    refresh();
    if (!ends && !truncated) {
      return new Step(obs.clone(), 0.0, false, false, mask.clone(), Map.of());
    }
    over = true;
    return finish(ends, truncated);
  }

  private boolean apply(Role role, int i) {
    switch (role) {
      case PROBE -> {
        probed[i] = true;
        probes++;
        found += truth.reported(i) ? 1 : 0;
      }
      case ASSESS -> assessed = true;
      case BROAD -> sharpened = true;
      case WORK -> progress += spec.work().get(i).amount();
      case DECIDE -> {
        decision = i;
        return spec.decisionEnds();
      }
      case SUPPORT -> supportDone[i] = true;
      case DONE -> {
        return true;
      }
      default -> throw new IllegalStateException("unknown role " + role);
    }
    return false;
  }

  private Step finish(boolean terminated, boolean truncated) {
    lastRecord = new EpisodeRecord(spec.type(), seed, context, truth, cues, sharpCues,
        Arrays.copyOf(actions, length), terminated, truncated, spec);
    Replay replay = Replay.of(lastRecord);
    JudgeResult verdict = judges.get(spec.type()).judge(lastRecord);
    int baseline = config.efficiencyBaseline().get(spec.type());
    double workTolerance = config.judge().workTolerance();
    Outcome outcome = Outcome.simulate(replay, context, config.rewards(), config.outcome(),
        workTolerance, baseline);
    RewardBreakdown reward = RewardBreakdown.compose(spec.type().stage(), config.rewards(),
        outcome.score(), verdict.score(), replay.excessActions(),
        context.timePressure() * spec.timeCost(), terminated,
        replay.earnsPhaseBonus(workTolerance));
    Map<String, Object> info = FinalStepInfo.of(spec.type(), outcome, verdict, reward);
    lastVerdict = verdict;
    lastReward = reward;
    return new Step(obs.clone(), reward.total(), terminated, truncated, mask.clone(), info);
  }

  /** Rewrites the dynamic part of the observation and the mask. */
  private void refresh() {
    int k = spec.slots().size();
    for (int i = 0; i < TypeSpec.MAX_SLOTS; i++) {
      boolean in = i < k;
      obs[Observations.SLOT_CUE + i] = in ? (sharpened ? sharpCues[i] : cues[i]) : 0f;
      obs[Observations.SLOT_PROBED + i] = in && probed[i] ? 1f : 0f;
      obs[Observations.SLOT_FOUND + i] = in && probed[i] && truth.reported(i) ? 1f : 0f;
    }
    boolean hasSeverity = spec.assess().isPresent() || !spec.decisions().isEmpty();
    obs[Observations.SEVERITY_ESTIMATE] = !hasSeverity ? 0f
        : (float) (assessed ? truth.assessedSeverity() : severityCue);
    obs[Observations.SEVERITY_KNOWN] = assessed ? 1f : 0f;
    obs[Observations.CUES_SHARPENED] = sharpened ? 1f : 0f;
    obs[Observations.WORK_PROGRESS] = (float) Math.min(1.0, progress / Observations.WORK_SCALE);
    for (int i = 0; i < TypeSpec.MAX_DECISIONS; i++) {
      obs[Observations.DECISION_TAKEN + i] = decision == i ? 1f : 0f;
    }
    for (int i = 0; i < TypeSpec.MAX_SUPPORTS; i++) {
      obs[Observations.SUPPORT_DONE + i] = i < supportDone.length && supportDone[i] ? 1f : 0f;
    }
    obs[Observations.STEPS_USED] = length / (float) spec.stepLimit();
    obs[Observations.FOUND_COUNT] = found / (float) TypeSpec.MAX_SLOTS;
    obs[Observations.PROBE_COUNT] = probes / (float) spec.stepLimit();
    Arrays.fill(mask, false);
    for (var e : roles.entrySet()) {
      mask[e.getKey().ordinal()] = allowed(Role.values()[e.getValue()[0]], e.getValue()[1]);
    }
  }

  private boolean allowed(Role role, int i) {
    return switch (role) {
      case PROBE -> !probed[i];
      case ASSESS -> !assessed;
      case BROAD -> !sharpened;
      case WORK -> progress + spec.work().get(i).amount() <= Observations.WORK_SCALE + 1e-9;
      case DECIDE -> decision != i;
      case SUPPORT -> !supportDone[i];
      case DONE -> true;
    };
  }

  private List<String> allowedNames() {
    var out = new ArrayList<String>();
    for (int i = 0; i < mask.length; i++) {
      if (mask[i]) {
        out.add(EpisodeAction.of(i).key());
      }
    }
    return out;
  }

  /**
   * No: the step limit ends the situation for good; the last reward already simulates the
   * consequences of leaving it unresolved, and no further reward follows.
   */
  @Override
  public boolean truncationHasFuture() {
    return false;
  }

  /** A fresh env with this one's configuration, library, types, judges and difficulty cap. */
  EpisodeEnv twin() {
    return new EpisodeEnv(config, library, types, judges, difficultyCap);
  }

  /** The running episode's hidden truth (for the oracle, which reads it by definition). */
  HiddenTruth truth() {
    if (!started) {
      throw new IllegalStateException("no episode yet: call reset first");
    }
    return truth;
  }

  /** The running episode's situation. */
  SituationContext context() {
    if (!started) {
      throw new IllegalStateException("no episode yet: call reset first");
    }
    return context;
  }

  /** The running episode's type spec. */
  TypeSpec spec() {
    return spec;
  }

  /**
   * The spec this env plays {@code type} with: the type's spec with the configuration's
   * {@code episode.types} numbers.
   */
  public TypeSpec specOf(EpisodeType type) {
    TypeSpec s = specs.get(type);
    if (s == null) {
      throw new IllegalArgumentException("this env plays " + types + ", not " + type.key());
    }
    return s;
  }

  /** The finished episode's record (hidden truth included); empty while one is running. */
  public java.util.Optional<EpisodeRecord> lastRecord() {
    return java.util.Optional.ofNullable(lastRecord);
  }

  /** The finished episode's judge verdict; empty while one is running. */
  public java.util.Optional<JudgeResult> lastVerdict() {
    return java.util.Optional.ofNullable(lastVerdict);
  }

  /** The finished episode's reward and its parts; empty while one is running. */
  public java.util.Optional<RewardBreakdown> lastReward() {
    return java.util.Optional.ofNullable(lastReward);
  }

  /** The current episode's type. */
  public EpisodeType type() {
    if (!started) {
      throw new IllegalStateException("no episode yet: call reset first");
    }
    return spec.type();
  }

  @Override
  public String render() {
    if (!started) {
      return "EpisodeEnv (not reset)";
    }
    return SituationText.render(spec, context, obs, mask);
  }
}

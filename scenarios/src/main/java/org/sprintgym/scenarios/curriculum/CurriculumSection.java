package org.sprintgym.scenarios.curriculum;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sprintgym.evaluation.GraduationCriteria;
import org.sprintgym.evaluation.GraduationCriterion;
import org.sprintgym.policy.nn.LoraConfig;
import org.sprintgym.policy.ppo.PpoConfig;
import org.sprintgym.evaluation.curriculum.CriterionMeter;
import org.sprintgym.evaluation.curriculum.CurriculumSpec;
import org.sprintgym.evaluation.curriculum.CurriculumSpec.StageSpec;
import org.sprintgym.sim.episode.EpisodeType;
import org.sprintgym.sim.episode.RewardWeights;
import org.sprintgym.sim.io.YamlNode;

/** Reads the {@code curriculum} section of a scenario strictly (see scenarios/SCHEMA.md). */
public final class CurriculumSection {
  static final List<String> KEYS = List.of("worlds", "stages", "behaviour_cloning", "lora", "ppo",
      "rehearsal_share", "evaluation", "validation", "remedial", "no_regression_tolerance",
      "criteria", "difficulty", "pretraining");
  static final List<String> PRETRAINING = List.of("ppo_steps", "learning_rate", "epochs");
  static final List<String> DIFFICULTY = List.of("start", "ramp");
  static final List<String> STAGE = List.of("stage", "episodes", "mix");
  static final List<String> BC = List.of("episodes_per_type", "epochs", "learning_rate");
  static final List<String> LORA = List.of("rank", "alpha", "train_heads");
  static final List<String> PPO = List.of("num_envs", "n_steps", "minibatch_size", "epochs",
      "learning_rate", "ent_coef", "vf_coef", "gamma", "gae_lambda", "clip_range",
      "max_grad_norm", "hidden");
  static final List<String> EVALUATION = List.of("every_episodes", "seeds", "episodes_per_type",
      "window", "reference_episodes_per_type");
  static final List<String> VALIDATION = List.of("every_episodes", "seeds", "episodes_per_type",
      "min_improvement", "basis", "metric");
  static final List<String> REMEDIAL = List.of("rounds", "episodes");
  /** dojo's training episodes per stage. */
  static final int[] DOJO_EPISODES = {5000, 1200, 700, 700};

  private CurriculumSection() {}

  public static CurriculumSpec parse(YamlNode c) {
    c.requireKeys(KEYS);
    List<StageSpec> stages = c.get("stages").map(CurriculumSection::stages).orElseGet(() -> {
      var all = new ArrayList<StageSpec>();
      for (int s = 1; s <= 4; s++) {
        all.add(StageSpec.uniform(s, DOJO_EPISODES[s - 1]));
      }
      return all;
    });
    Optional<YamlNode> bcNode = c.get("behaviour_cloning").map(n -> n.requireKeys(BC));
    var bc = new CurriculumSpec.BehaviourCloningSpec(
        intAt(bcNode, "episodes_per_type", 1, 1_000_000, 20), intAt(bcNode, "epochs", 0, 10_000, 5),
        dblAt(bcNode, "learning_rate", 1e-7, 1, 1e-3));
    Optional<YamlNode> loraNode = c.get("lora").map(n -> n.requireKeys(LORA));
    int rank = intAt(loraNode, "rank", 1, 1024, 16);
    var lora = new LoraConfig(rank, dblAt(loraNode, "alpha", 1e-6, 1e6, 2.0 * rank),
        loraNode.flatMap(n -> n.get("train_heads")).map(YamlNode::asBoolean).orElse(false));
    PpoConfig ppo = ppo(c.get("ppo"));
    Optional<YamlNode> ev = c.get("evaluation").map(n -> n.requireKeys(EVALUATION));
    var evaluation = new CurriculumSpec.EvaluationSpec(
        intAt(ev, "every_episodes", 1, 100_000_000, 100), intAt(ev, "seeds", 1, 1000, 5),
        intAt(ev, "episodes_per_type", 1, 100_000, 10),
        intAt(ev, "window", 1, 10_000, GraduationCriteria.WINDOW),
        intAt(ev, "reference_episodes_per_type", 1, 100_000,
            CurriculumSpec.EvaluationSpec.REFERENCE_EPISODES_PER_TYPE));
    Optional<YamlNode> val = c.get("validation").map(n -> n.requireKeys(VALIDATION));
    var validation = new CurriculumSpec.ValidationSpec(
        intAt(val, "every_episodes", 1, 100_000_000, Math.max(250, evaluation.everyEpisodes())),
        intAt(val, "seeds", 1, 1000, 3),
        intAt(val, "episodes_per_type", 1, 100_000, 10),
        dblAt(val, "min_improvement", 0, 100, 0.05),
        val.flatMap(n -> n.get("basis")).map(n -> n.asChoice(CurriculumSpec.ValidationSpec.BASES))
            .orElse("return"),
        val.flatMap(n -> n.get("metric"))
            .map(n -> n.asChoice(CurriculumSpec.ValidationSpec.METRICS)).orElse("return"));
    Optional<YamlNode> rem = c.get("remedial").map(n -> n.requireKeys(REMEDIAL));
    int minEpisodes = stages.stream().mapToInt(StageSpec::episodes).min().orElse(2);
    int remedialEpisodes = intAt(rem, "episodes", 1, 100_000_000, Math.max(1, minEpisodes / 2));
    Optional<YamlNode> dif = c.get("difficulty").map(n -> n.requireKeys(DIFFICULTY));
    var difficulty = new CurriculumSpec.DifficultySpec(dblAt(dif, "start", 0.05, 1, 0.6),
        dblAt(dif, "ramp", 0, 1, 0.5));
    try {
      return new CurriculumSpec(stages, c.get("worlds").map(n -> n.asInt(1, 100_000)).orElse(256),
          bc, lora, ppo, c.get("rehearsal_share").map(YamlNode::asUnit).orElse(0.2), evaluation,
          validation, intAt(rem, "rounds", 0, 100, 2), remedialEpisodes,
          c.get("no_regression_tolerance").map(n -> n.asDouble(0, 1e6)).orElse(0.05),
          thresholds(c.get("criteria")), difficulty, pretraining(c.get("pretraining")),
          RewardWeights.defaults());
    } catch (IllegalArgumentException e) {
      throw c.error(e.getMessage(), null);
    }
  }

  private static CurriculumSpec.PretrainingSpec pretraining(Optional<YamlNode> section) {
    Optional<YamlNode> p = section.map(n -> n.requireKeys(PRETRAINING));
    return new CurriculumSpec.PretrainingSpec(
        p.flatMap(n -> n.get("ppo_steps")).map(n -> (long) n.asInt(0, 1_000_000_000)).orElse(0L),
        p.flatMap(n -> n.get("learning_rate")).map(n -> n.asDouble(1e-9, 1)).orElse(Double.NaN),
        intAt(p, "epochs", 1, 1000, 0));
  }

  private static List<StageSpec> stages(YamlNode list) {
    var out = new ArrayList<StageSpec>();
    List<YamlNode> items = list.items();
    if (items.isEmpty() || items.size() > 4) {
      throw list.error("expected 1 to 4 stages but got " + items.size(), "stages 1..K in order");
    }
    for (int i = 0; i < items.size(); i++) {
      YamlNode s = items.get(i).requireKeys(STAGE);
      YamlNode num = s.require("stage");
      int stage = num.asInt(1, 4);
      if (stage != i + 1) {
        throw num.error("stage " + stage + " is listed in place " + (i + 1),
            "stages 1..K in order, starting at 1");
      }
      int episodes = s.get("episodes").map(n -> n.asInt(1, 100_000_000))
          .orElse(DOJO_EPISODES[stage - 1]);
      Map<EpisodeType, Double> mix = new EnumMap<>(EpisodeType.class);
      Optional<YamlNode> mixNode = s.get("mix");
      if (mixNode.isEmpty()) {
        EpisodeType.ofStage(stage).forEach(t -> mix.put(t, 1.0));
      } else {
        List<String> keys = EpisodeType.ofStage(stage).stream().map(EpisodeType::key).toList();
        YamlNode m = mixNode.get().requireKeys(keys);
        m.entries().forEach((k, v) -> mix.put(EpisodeType.ofKey(k).orElseThrow(),
            v.asDouble(0, 1e6)));
        if (mix.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
          throw m.error("the mix has no positive weight", "weights >= 0, at least one > 0");
        }
      }
      out.add(new StageSpec(stage, episodes, mix));
    }
    return out;
  }

  private static PpoConfig ppo(Optional<YamlNode> section) {
    Optional<YamlNode> p = section.map(n -> n.requireKeys(PPO));
    List<Integer> hidden = List.of(64, 64);
    if (p.isPresent() && p.get().get("hidden").isPresent()) {
      YamlNode h = p.get().get("hidden").get();
      var widths = new ArrayList<Integer>();
      h.items().forEach(w -> widths.add(w.asInt(1, 4096)));
      if (widths.isEmpty()) {
        throw h.error("no hidden layer", "a list of 1 or more widths, e.g. [64, 64]");
      }
      hidden = widths;
    }
    int numEnvs = intAt(p, "num_envs", 1, 4096, 8);
    int nSteps = intAt(p, "n_steps", 1, 100_000, 64);
    int minibatch = intAt(p, "minibatch_size", 1, 1_000_000, Math.min(128, numEnvs * nSteps));
    try {
      return new PpoConfig(numEnvs, nSteps, minibatch, intAt(p, "epochs", 1, 1000, 4),
          dblAt(p, "gamma", 0, 1, 0.99), dblAt(p, "gae_lambda", 0, 1, 0.95),
          dblAt(p, "learning_rate", 1e-9, 1, 3e-4), false, dblAt(p, "clip_range", 1e-6, 10, 0.2),
          false, Double.POSITIVE_INFINITY, dblAt(p, "ent_coef", 0, 10, 0.01),
          dblAt(p, "vf_coef", 0, 100, 0.5), dblAt(p, "max_grad_norm", 1e-6, 1e6, 0.5), true, 1e-5,
          hidden, hidden);
    } catch (IllegalArgumentException e) {
      throw section.get().error(e.getMessage(), "minibatch_size <= num_envs x n_steps");
    }
  }

  private static Map<String, Double> thresholds(Optional<YamlNode> section) {
    var out = new LinkedHashMap<String, Double>();
    if (section.isEmpty()) {
      return out;
    }
    List<String> names = new ArrayList<>(GraduationCriteria.defaults().stream()
        .map(GraduationCriterion::name).toList());
    names.add(CriterionMeter.NO_REGRESSION);
    YamlNode m = section.get().requireKeys(names);
    m.entries().forEach((k, v) -> out.put(k, v.asDouble(-1e6, 1e6)));
    return out;
  }

  private static int intAt(Optional<YamlNode> n, String key, int min, int max, int dflt) {
    return n.flatMap(x -> x.get(key)).map(x -> x.asInt(min, max)).orElse(dflt);
  }

  private static double dblAt(Optional<YamlNode> n, String key, double min, double max,
      double dflt) {
    return n.flatMap(x -> x.get(key)).map(x -> x.asDouble(min, max)).orElse(dflt);
  }
}

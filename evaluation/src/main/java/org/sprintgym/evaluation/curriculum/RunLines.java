package org.sprintgym.evaluation.curriculum;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sprintgym.policy.Seeds;
import org.sprintgym.policy.nn.ActorCritic;
import org.sprintgym.policy.nn.LoraConfig;
import org.sprintgym.policy.ppo.UpdateStats;

/**
 * The lines a curriculum run writes: a {@code metrics.jsonl} line per PPO update and per
 * evaluation, and the adapter registry's entry of a finished stage. Field names are the run
 * files' public format.
 */
final class RunLines {
  private RunLines() {}

  /** One PPO update of stage {@code stage} during evaluation interval {@code now}. */
  static Map<String, Object> update(int stage, StageState now, UpdateStats s) {
    var m = new LinkedHashMap<String, Object>();
    m.put("event", "update");
    m.put("stage", stage);
    m.put("round", now.round());
    m.put("evaluation", now.evaluations() + 1);
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

  /**
   * An evaluation of stage {@code k}; {@code now} already counts it. {@code validation} and
   * {@code kept} are null between gates.
   */
  static Map<String, Object> evaluation(int k, StageState now, double cap, Double validation,
      Boolean kept, double judge, GraduationTracker tracker, boolean graduated) {
    var line = new LinkedHashMap<String, Object>();
    line.put("event", "evaluation");
    line.put("stage", k);
    line.put("round", now.round());
    line.put("evaluation", now.evaluations() - 1);
    line.put("episodes", now.stageEpisodes());
    line.put("difficulty_cap", cap);
    line.put("gate", validation != null);
    line.put("validation_return", validation);
    line.put("best_validation_return", now.bestValidation());
    line.put("update_kept", kept);
    line.put("kept", now.kept());
    line.put("rollbacks", now.rollbacks());
    line.put("stage_judge", judge);
    line.put("rolling", tracker.means());
    line.put("graduated", graduated);
    return line;
  }

  /** The registry entry of finished stage {@code out}, trained with {@code seeds}' streams. */
  static Map<String, Object> registryEntry(StageOutcome out, StageState now,
      GraduationTracker tracker, LoraConfig lora, Seeds seeds) {
    int k = out.stage();
    String name = CurriculumRun.adapterName(k);
    var entry = new LinkedHashMap<String, Object>();
    entry.put("adapter", name);
    entry.put("parent", k == 1 ? ActorCritic.BASE : CurriculumRun.adapterName(k - 1));
    entry.put("stage", k);
    entry.put("file", "adapters/" + name + ".adapter");
    entry.put("lora", RunFiles.ordered("rank", lora.rank(), "alpha", lora.alpha()));
    entry.put("episodes", out.episodes());
    entry.put("steps", out.steps());
    entry.put("remedial_rounds", out.rounds());
    entry.put("updates_kept", out.kept());
    entry.put("updates_rolled_back", out.rollbacks());
    entry.put("seeds", RunFiles.ordered("train", seeds.seed("curriculum-train"), "validation",
        seeds.seed("curriculum-validation"), "evaluation", seeds.seed("curriculum-evaluation")));
    entry.put("validation_gates", now.gates());
    entry.put("validation_return", now.bestValidation());
    entry.put("graduation", tracker.means());
    entry.put("graduated", out.graduated());
    return entry;
  }
}

package org.sprintgym.sim.episode.judge;

import java.util.List;

/**
 * A judge's verdict: the weighted score and its components.
 *
 * @param score weighted mean of the component scores, in [0, 1]
 * @param components the rubric's components
 */
public record JudgeResult(double score, List<Component> components) {

  public JudgeResult {
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("judge score must be in [0, 1] but was " + score);
    }
    components = List.copyOf(components);
  }

  /**
   * One rubric line.
   *
   * @param name e.g. {@code coverage_of_missing_dimensions}
   * @param weight its weight in the score
   * @param score its score in [0, 1]
   * @param reason why, in words
   */
  public record Component(String name, double weight, double score, String reason) {
    public Component {
      if (!(score >= 0 && score <= 1)) {
        throw new IllegalArgumentException("component " + name + " score must be in [0, 1] but was "
            + score);
      }
    }
  }

  /** The weighted score of {@code components}. */
  public static JudgeResult of(List<Component> components) {
    double w = 0;
    double s = 0;
    for (Component c : components) {
      w += c.weight();
      s += c.weight() * c.score();
    }
    return new JudgeResult(w == 0 ? 0 : Math.max(0, Math.min(1, s / w)), components);
  }

  /** The verdict as plain maps and lists (for JSON and env servers). */
  public java.util.Map<String, Object> toMap() {
    var list = new java.util.ArrayList<Object>(components.size());
    for (Component c : components) {
      var m = new java.util.LinkedHashMap<String, Object>();
      m.put("name", c.name());
      m.put("weight", c.weight());
      m.put("score", c.score());
      m.put("reason", c.reason());
      list.add(m);
    }
    var out = new java.util.LinkedHashMap<String, Object>();
    out.put("score", score);
    out.put("components", list);
    return out;
  }
}

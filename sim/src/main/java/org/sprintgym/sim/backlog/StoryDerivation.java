package org.sprintgym.sim.backlog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.sprintgym.sim.config.BacklogCoefficients;
import org.sprintgym.sim.kernel.RandomStreams;

/**
 * Derives the SprintGym fields an AAT story does not state (ambiguity, domain, language, technical
 * risk, codebase area, hidden criteria) from the story's own text. Every rule is deterministic:
 * the same story text, product and seed give the same values on every machine. The numbers are
 * the {@code sim.coefficients.backlog} table ({@link BacklogCoefficients}).
 */
public final class StoryDerivation {
  private StoryDerivation() {}

  /** Words that leave a requirement open to interpretation. */
  static final List<String> VAGUE_WORDS = List.of("etc", "appropriate", "appropriately", "some",
      "various", "handle", "handles", "support", "supports", "properly", "user friendly",
      "intuitive", "flexible", "robust", "nice", "good", "fast", "easy", "seamless");

  /** Rules in priority order: on equal hit counts the earlier domain wins. */
  private static final Map<String, List<String>> DOMAIN_KEYWORDS = orderedMap(
      "frontend", List.of("frontend", "ui", "ux", "react", "vue", "angular", "page*", "component*",
          "css", "dashboard*", "browser*", "spa", "screen*", "button*", "wizard*", "form", "forms"),
      "devops", List.of("deploy*", "ci", "cd", "docker*", "infra*", "monitor*", "logging", "logs",
          "health", "kubernetes", "helm", "terraform", "release*", "observability", "alert*"),
      "database", List.of("database*", "sql", "postgres*", "mysql", "migration*", "schema*"),
      "ml", List.of("model", "models", "training", "inference", "ml", "machine learning",
          "classifier*", "embedding*", "prediction*", "recommend*"),
      "data", List.of("pipeline*", "etl", "ingest*", "batch*", "warehouse", "dataset*"));

  /** Features that make work harder than its size suggests. */
  private static final List<String> RISK_KEYWORDS = List.of("real time", "websocket*",
      "distributed", "migration*", "migrate*", "security", "secure", "encrypt*", "concurren*",
      "parallel", "performance", "latency", "scal*", "cache*", "payment*", "gdpr", "race",
      "consisten*", "legacy", "rate limit*");

  /** Stable area names: many stories map to few areas, so knowledge concentrates as in a team. */
  private static final Map<String, List<String>> AREA_KEYWORDS = orderedMap(
      "search", List.of("search*"),
      "notifications", List.of("notif*"),
      "auth", List.of("login", "logout", "auth*", "registration", "register*", "password*", "jwt",
          "token*", "session*", "sso", "oauth"),
      "ratelimit", List.of("rate", "throttl*", "abuse"),
      "admin", List.of("admin*"),
      "onboarding", List.of("onboard*"),
      "export", List.of("export*", "import*", "gdpr"),
      "files", List.of("file", "files", "upload*", "attachment*"),
      "boards", List.of("board*", "kanban"),
      "channels", List.of("channel*"),
      "messaging", List.of("messag*", "chat*", "thread*", "repl*", "reaction*", "emoji*"),
      "profile", List.of("profile*", "avatar*", "account*"),
      "billing", List.of("payment*", "billing", "invoice*", "checkout"),
      "monitoring", List.of("health", "monitor*", "metric*", "analytics", "alert*"),
      "logging", List.of("logging", "logs", "log"),
      "storage", List.of("storage", "database*", "pool*", "cache*", "connection*"));

  private static final List<String> GENERIC_WORDS = List.of("a", "an", "the", "and", "or", "of",
      "to", "for", "with", "in", "on", "by", "user", "users", "add", "implement", "create", "manage",
      "management", "api", "endpoint", "endpoints", "support", "new", "basic", "simple", "as", "i",
      "can", "my", "be", "is");

  private static final Pattern SPECIFIC = Pattern.compile(
      ".*(\\d|['\"/<>=%]|\\b(GET|POST|PUT|PATCH|DELETE)\\b).*");

  /**
   * How under-specified a story is: few criteria for its size, vague words and no scenarios raise
   * it; Given/When/Then scenarios and specific criteria (numbers, paths, quoted values) lower it.
   * Clamped (to [0.05, 0.95] by default) so that no story is certainly clear or hopeless.
   */
  public static double ambiguity(String title, String description, List<String> criteria,
      int points, List<AcceptanceScenario> scenarios, BacklogCoefficients c) {
    double a = c.ambiguityBase();
    double expected = c.expectedCriteriaBase() + points / c.pointsPerExpectedCriterion();
    a += c.missingCriteriaWeight() * Math.max(0, expected - criteria.size()) / expected;
    var all = new ArrayList<>(criteria);
    all.add(title);
    all.add(description);
    a += Math.min(c.vagueWordsCap(), c.vagueWordWeight() * StoryText.of(all).count(VAGUE_WORDS));
    long specific = criteria.stream().filter(k -> SPECIFIC.matcher(k).matches()).count();
    a -= Math.min(c.specificCriteriaCap(), c.specificCriterionWeight() * specific);
    a += scenarios.isEmpty() ? c.noScenariosPenalty()
        : -Math.min(c.scenariosCap(), c.scenariosBase() + c.perScenario() * scenarios.size());
    if (StoryText.of(description).words().size() < c.shortDescriptionWords()) {
      a += c.shortDescriptionPenalty();
    }
    return round3(Math.max(c.ambiguityMin(), Math.min(c.ambiguityMax(), a)));
  }

  /** The work domain: tags decide first, then the title, then the description; else backend. */
  public static String domain(List<String> tags, String title, String description) {
    for (StoryText source : List.of(StoryText.of(tags), StoryText.of(title),
        StoryText.of(description))) {
      String best = null;
      int bestHits = 0;
      for (var rule : DOMAIN_KEYWORDS.entrySet()) {
        int hits = source.count(rule.getValue());
        if (hits > bestHits) {
          best = rule.getKey();
          bestHits = hits;
        }
      }
      if (best != null) {
        return best;
      }
    }
    return "backend";
  }

  /**
   * The implementation language: a tag naming one of the product's languages; for frontend work a
   * product's TypeScript or JavaScript; else the product's first language; else Python (AAT's).
   */
  public static String language(List<String> tags, String domain, List<String> productLanguages) {
    for (String tag : tags) {
      if (productLanguages.contains(tag)) {
        return tag;
      }
    }
    if (domain.equals("frontend")) {
      for (String web : List.of("typescript", "javascript")) {
        if (productLanguages.contains(web)) {
          return web;
        }
      }
    }
    return productLanguages.isEmpty() ? "python" : productLanguages.get(0);
  }

  /** Size raises risk a little; each risky feature (real-time, migration, ...) raises it more. */
  public static double technicalRisk(int points, List<String> texts, BacklogCoefficients c) {
    double r = c.riskBase() + c.riskPerPoint() * points
        + c.riskPerKeyword() * StoryText.of(texts).count(RISK_KEYWORDS);
    return round3(Math.min(c.riskMax(), r));
  }

  /** {@code domain/keyword}, the keyword from a fixed area table or the title's first noun. */
  public static String codebaseArea(String domain, String title, List<String> tags,
      String description) {
    for (StoryText source : List.of(StoryText.of(title), StoryText.of(tags),
        StoryText.of(description))) {
      for (var rule : AREA_KEYWORDS.entrySet()) {
        if (source.count(rule.getValue()) > 0) {
          return domain + "/" + rule.getKey();
        }
      }
    }
    return domain + "/" + StoryText.of(title).words().stream()
        .filter(w -> !GENERIC_WORDS.contains(w) && !w.matches("\\d+"))
        .findFirst().orElse("core");
  }

  /**
   * Criteria the product owner expects but did not write. The stream is seeded from the run seed
   * mixed with the story id, so the hidden truth of a story does not depend on its position in the
   * file. The count is Binomial(n, p) with mean {@code ambiguity * (1 + points / s)}, capped at n
   * ({@code hidden_criteria_max}, 5, and {@code hidden_points_per_step}, 3, by default); each
   * criterion targets a different elicitation dimension.
   */
  public static List<HiddenCriterion> hiddenCriteria(String id, String title, double ambiguity,
      int points, long seed, BacklogCoefficients c) {
    var rng = new SplittableRandom(
        RandomStreams.mix(seed) ^ RandomStreams.mix(RandomStreams.fnv1a64(id)));
    double p = Math.min(1.0, ambiguity * (1 + points / c.hiddenPointsPerStep())
        / c.hiddenCriteriaMax());
    int draws = (int) c.hiddenCriteriaMax();
    int n = 0;
    for (int i = 0; i < draws; i++) {
      n += rng.nextDouble() < p ? 1 : 0;
    }
    var dims = new ArrayList<>(List.of(ElicitationDimension.values()));
    var out = new ArrayList<HiddenCriterion>();
    String subject = lowerFirst(title.strip());
    for (int i = 0; i < n; i++) {
      var dim = dims.remove(rng.nextInt(dims.size()));
      var templates = HiddenCriterionTemplates.of(dim);
      String phrase = templates.get(rng.nextInt(templates.size())).replace("{t}", subject);
      out.add(new HiddenCriterion(id + ": " + phrase + " (" + dim.key() + ")", dim));
    }
    return List.copyOf(out);
  }

  static double round3(double v) {
    return Math.round(v * 1000.0) / 1000.0;
  }

  private static String lowerFirst(String s) {
    if (s.length() > 1 && Character.isUpperCase(s.charAt(1))) {
      return s; // an acronym such as "API rate limiting" keeps its case
    }
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  private static Map<String, List<String>> orderedMap(Object... keyValues) {
    var m = new java.util.LinkedHashMap<String, List<String>>();
    for (int i = 0; i < keyValues.length; i += 2) {
      @SuppressWarnings("unchecked")
      List<String> v = (List<String>) keyValues[i + 1];
      m.put((String) keyValues[i], v);
    }
    return java.util.Collections.unmodifiableMap(m);
  }
}

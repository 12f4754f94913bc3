package org.sprintgym.sim.backlog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.sprintgym.agents.Requires;
import org.sprintgym.sim.backlog.GeneratorCatalog.Feature;
import org.sprintgym.sim.backlog.GeneratorCatalog.Kind;
import org.sprintgym.sim.config.BacklogCoefficients;

/**
 * Writes seeded synthetic backlogs that vary along six dimensions: product kind, language, story
 * size, ambiguity, greenfield or brownfield, and technical debt. The same arguments always give
 * the same backlog; the backlog carries every SprintGym field, so it survives a write and read.
 * The numbers of the draws are the {@code sim.coefficients.backlog} table.
 */
public final class BacklogGenerator {
  private BacklogGenerator() {}

  /** Most stories one call may generate. */
  public static final int MAX_STORIES = 10_000;

  /** The story sizes, weighted by {@link BacklogCoefficients#pointWeights()}. */
  private static final int[] POINTS = {1, 2, 3, 5, 8};

  /**
   * What to hold fixed; a null field is drawn from the seed.
   *
   * @param kind the product kind, or null
   * @param language one of {@link GeneratorCatalog#LANGUAGES}, or null
   */
  public record Options(ProductKind kind, String language) {
    public Options {
      if (language != null && !GeneratorCatalog.LANGUAGES.contains(language)) {
        throw new IllegalArgumentException("language '" + language + "' is not one of "
            + GeneratorCatalog.LANGUAGES);
      }
    }

    public static Options any() {
      return new Options(null, null);
    }
  }

  /** The languages a generated backlog can use. */
  public static List<String> languages() {
    return GeneratorCatalog.LANGUAGES;
  }

  public static Backlog generate(int stories, long seed) {
    return generate(stories, seed, Options.any());
  }

  public static Backlog generate(int stories, long seed, Options options) {
    return generate(stories, seed, options, BacklogCoefficients.defaults());
  }

  /** A backlog drawn with the given numbers ({@code sim.coefficients.backlog}). */
  public static Backlog generate(int stories, long seed, Options options, BacklogCoefficients c) {
    Requires.inRange(stories, 1, MAX_STORIES, "stories");
    var root = new SplittableRandom(seed);
    var productRng = root.split();
    var storyRng = root.split();
    ProductKind kind = options.kind() != null ? options.kind()
        : ProductKind.values()[productRng.nextInt(ProductKind.values().length)];
    Kind catalog = GeneratorCatalog.of(kind);
    String language = options.language() != null ? options.language()
        : pick(catalog.languages(), productRng);
    List<String> entities = shuffledPrefix(catalog.entities(), 3, productRng);
    Product product = product(kind, catalog, language, entities.get(0), productRng, c);
    double meanAmbiguity = c.meanAmbiguityBase() + c.meanAmbiguitySpread() * productRng.nextDouble();

    var out = new ArrayList<Story>();
    var titleUses = new HashMap<String, Integer>();
    var drawn = new Drawn(catalog, entities, product, meanAmbiguity, c);
    for (int i = 0; i < stories; i++) {
      out.add(story(i, stories, drawn, titleUses, out, storyRng, seed));
    }
    String source = "generated(seed=" + seed + ", kind=" + kind.key() + ", language=" + language
        + ", stories=" + stories + ")";
    return new Backlog(source, product, out);
  }

  /** What every story of one backlog is drawn from. */
  private record Drawn(Kind catalog, List<String> entities, Product product,
      double meanAmbiguity, BacklogCoefficients c) {}

  private static Product product(ProductKind kind, Kind catalog, String language, String entity,
      SplittableRandom rng, BacklogCoefficients c) {
    String name = pick(catalog.names(), rng);
    boolean brownfield = rng.nextDouble() < c.brownfieldShare();
    // existing code bases carry more debt; a new one still picks some up quickly
    double debt = StoryDerivation.round3(brownfield
        ? c.brownfieldDebtBase() + c.brownfieldDebtSpread() * rng.nextDouble()
        : c.greenfieldDebtSpread() * rng.nextDouble());
    return new Product(name, fill(catalog.description(), entity), List.of(language),
        GeneratorCatalog.TECH_STACK.get(language),
        brownfield ? RepositoryType.BROWNFIELD : RepositoryType.GREENFIELD, debt);
  }

  private static Story story(int i, int total, Drawn d, Map<String, Integer> titleUses,
      List<Story> earlier, SplittableRandom rng, long seed) {
    Kind catalog = d.catalog();
    Product product = d.product();
    BacklogCoefficients c = d.c();
    Feature feature = pick(catalog.features(), rng);
    String entity = pick(d.entities(), rng);
    String id = "US-" + String.format("%0" + Math.max(3, String.valueOf(total).length()) + "d", i + 1);
    String title = uniqueTitle(fill(feature.title(), entity), titleUses);
    String description = "As a " + pick(catalog.actors(), rng) + " I can "
        + fill(feature.want(), entity);
    int points = weightedPoints(rng, c.pointWeights());
    double ambiguity = StoryDerivation.round3(clamp(d.meanAmbiguity() + c.ambiguitySd()
        * gaussian(rng), c.storyAmbiguityMin(), c.storyAmbiguityMax()));
    List<String> criteria = criteria(feature, entity, ambiguity, rng, c);
    var tags = new ArrayList<>(feature.tags());
    String area = feature.domain() + "/" + feature.area();
    double risk = StoryDerivation.round3(clamp(StoryDerivation.technicalRisk(points,
        List.of(title, description, String.join(" ", criteria)), c)
        + c.riskDebtWeight() * product.technicalDebt() + c.riskSd() * gaussian(rng), 0.0, 1.0));
    return new Story(id, title, description, criteria, points, i + 1, List.of(), tags,
        feature.domain(), product.languages().get(0), "", ambiguity,
        StoryDerivation.hiddenCriteria(id, title, ambiguity, points, seed, c), risk, area,
        dependsOn(area, earlier, rng, c.dependencyRate()));
  }

  /** Fewer written criteria for vaguer stories: that is what makes them vague. */
  private static List<String> criteria(Feature feature, String entity, double ambiguity,
      SplittableRandom rng, BacklogCoefficients c) {
    int max = Math.min((int) c.criteriaMax(), feature.criteria().size());
    int n = (int) Math.round(clamp(c.criteriaBase() - c.criteriaPerAmbiguity() * ambiguity
        + c.criteriaSd() * gaussian(rng), 1, max));
    List<String> chosen = shuffledPrefix(feature.criteria(), n, rng);
    // keep the template's order so the list reads naturally
    return feature.criteria().stream().filter(chosen::contains).map(t -> fill(t, entity)).toList();
  }

  private static List<String> dependsOn(String area, List<Story> earlier, SplittableRandom rng,
      double rate) {
    if (earlier.isEmpty() || rng.nextDouble() >= rate) {
      return List.of();
    }
    List<Story> sameArea = earlier.stream().filter(s -> s.codebaseArea().equals(area)).toList();
    List<Story> pool = sameArea.isEmpty() ? earlier : sameArea;
    return List.of(pool.get(rng.nextInt(pool.size())).id());
  }

  private static String uniqueTitle(String title, Map<String, Integer> uses) {
    int n = uses.merge(title, 1, Integer::sum);
    return n == 1 ? title : title + " (increment " + n + ")";
  }

  static String fill(String template, String entity) {
    String plural = plural(entity);
    return template.replace("{es}", plural).replace("{e}", entity)
        .replace("{E}", Character.toUpperCase(entity.charAt(0)) + entity.substring(1));
  }

  static String plural(String noun) {
    if (noun.endsWith("s")) {
      return noun;
    }
    if (noun.endsWith("y") && !noun.matches(".*[aeiou]y")) {
      return noun.substring(0, noun.length() - 1) + "ies";
    }
    return noun.matches(".*(sh|ch|x)") ? noun + "es" : noun + "s";
  }

  private static int weightedPoints(SplittableRandom rng, double[] weights) {
    double u = rng.nextDouble();
    for (int k = 0; k < POINTS.length - 1; k++) {
      u -= weights[k];
      if (u < 0) {
        return POINTS[k];
      }
    }
    return POINTS[POINTS.length - 1];
  }

  private static <T> T pick(List<T> items, SplittableRandom rng) {
    return items.get(rng.nextInt(items.size()));
  }

  private static <T> List<T> shuffledPrefix(List<T> items, int n, SplittableRandom rng) {
    var copy = new ArrayList<>(items);
    for (int k = copy.size() - 1; k > 0; k--) {
      java.util.Collections.swap(copy, k, rng.nextInt(k + 1));
    }
    return List.copyOf(copy.subList(0, Math.min(n, copy.size())));
  }

  /** Box-Muller from the given stream (SplittableRandom has no nextGaussian on Java 17). */
  private static double gaussian(SplittableRandom rng) {
    double u = 1.0 - rng.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
  }

  private static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }
}

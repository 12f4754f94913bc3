package org.sprintgym.sim.backlog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sprintgym.sim.io.AtomicFiles;
import org.sprintgym.sim.io.InputError;

/**
 * Writes a {@link Backlog} as AAT-format YAML, including SprintGym's extension keys, so that
 * {@link AatBacklogReader} reads back an equal backlog (only the source differs: it becomes the
 * file). Every derived value is written out, so nothing is re-derived on reading.
 */
public final class AatBacklogWriter {
  private AatBacklogWriter() {}

  /**
   * Writes atomically: a temporary file in the target's directory, then a rename, so that a reader
   * never sees half a file and a failed write leaves no partial output behind.
   */
  public static void write(Backlog backlog, Path file) {
    try {
      AtomicFiles.writeString(file, "# AAT-format backlog written by SprintGym from "
          + backlog.source().replaceAll("\\s+", " ") + "\n"
          + mapper().writeValueAsString(toTree(backlog)));
    } catch (IOException e) {
      throw InputError.at(file, 0, 0, null, "cannot be written: " + e, null);
    }
  }

  /** The YAML text, for tests and for callers that handle files themselves. */
  public static String toYaml(Backlog backlog) {
    try {
      return mapper().writeValueAsString(toTree(backlog));
    } catch (IOException e) {
      throw new IllegalStateException("cannot serialise backlog " + backlog.source(), e);
    }
  }

  private static ObjectMapper mapper() {
    // Strings stay quoted: an unquoted title such as "1.50" or "yes" would not read back as text.
    return new YAMLMapper(YAMLFactory.builder()
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
        .disable(YAMLGenerator.Feature.SPLIT_LINES)
        .build());
  }

  static Map<String, Object> toTree(Backlog backlog) {
    var root = new LinkedHashMap<String, Object>();
    root.put("product", product(backlog.product()));
    var stories = new ArrayList<Object>();
    for (Story s : backlog.stories()) {
      stories.add(story(s));
    }
    root.put("stories", stories);
    return root;
  }

  private static Map<String, Object> product(Product p) {
    var m = new LinkedHashMap<String, Object>();
    m.put("name", p.name());
    m.put("description", p.description());
    m.put("languages", p.languages());
    m.put("tech_stack", p.techStack());
    m.put("repository", Map.of("type", p.repository().key()));
    m.put("technical_debt", p.technicalDebt());
    return m;
  }

  private static Map<String, Object> story(Story s) {
    var m = new LinkedHashMap<String, Object>();
    m.put("id", s.id());
    m.put("title", s.title());
    m.put("description", s.description());
    m.put("acceptance_criteria", s.acceptanceCriteria());
    m.put("story_points", s.points());
    m.put("priority", s.priority());
    if (!s.scenarios().isEmpty()) {
      m.put("scenarios", s.scenarios().stream().map(AatBacklogWriter::scenario).toList());
    }
    putIfNotEmpty(m, "tags", s.tags());
    m.put("domain", s.domain());
    if (!s.teamTypeHint().isEmpty()) {
      m.put("team_type_hint", s.teamTypeHint());
    }
    m.put("language", s.language());
    m.put("ambiguity", s.ambiguity());
    // written even when empty: an absent list would be derived again on reading
    m.put("hidden_criteria", s.hiddenCriteria().stream().map(AatBacklogWriter::hidden).toList());
    m.put("technical_risk", s.technicalRisk());
    m.put("codebase_area", s.codebaseArea());
    putIfNotEmpty(m, "depends_on", s.dependsOn());
    return m;
  }

  private static Map<String, Object> hidden(HiddenCriterion h) {
    var m = new LinkedHashMap<String, Object>();
    m.put("text", h.text());
    m.put("dimension", h.dimension().key());
    return m;
  }

  private static Map<String, Object> scenario(AcceptanceScenario sc) {
    var m = new LinkedHashMap<String, Object>();
    m.put("name", sc.name());
    m.put("given", sc.given());
    m.put("when", sc.when());
    m.put("then", sc.then());
    return m;
  }

  private static void putIfNotEmpty(Map<String, Object> m, String key, List<String> values) {
    if (!values.isEmpty()) {
      m.put(key, values);
    }
  }

}

package org.sprintgym.policy.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sprintgym.policy.ppo.PpoConfig;
import org.sprintgym.sim.io.InputError;

/**
 * Per-environment PPO settings as data: the {@code ppo-defaults.yaml} resource beside this class
 * (or a file of the same form), a {@code default} block and per-environment overrides, mapped
 * onto {@link PpoConfig} key by key (snake_case of its components). Tuning a type's trainer is a
 * change of that file, not of code.
 *
 * @param source where the settings were read (for messages)
 * @param defaults the settings of every episode environment without its own entry
 * @param overrides per environment name, the keys it sets differently
 */
public record PpoDefaults(String source, PpoConfig defaults, Map<String, ObjectNode> overrides) {
  static final String RESOURCE = "ppo-defaults.yaml";
  private static final List<String> KEYS = keys();

  public PpoDefaults {
    overrides = Map.copyOf(overrides);
  }

  /** The built-in settings. */
  public static PpoDefaults builtIn() {
    try (InputStream in = PpoDefaults.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing from the build");
      }
      return parse(RESOURCE, new YAMLMapper().readTree(in));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read resource " + RESOURCE, e);
    }
  }

  /** Settings from {@code file}; a missing or malformed file is bad input naming it. */
  public static PpoDefaults load(Path file) {
    try {
      return parse(file.toString(), new YAMLMapper().readTree(Files.readString(file)));
    } catch (NoSuchFileException e) {
      throw InputError.option("--ppo-config", "file not found: " + file, "a readable YAML file");
    } catch (IOException e) {
      throw InputError.option("--ppo-config", file + " is not valid YAML: "
          + e.getMessage().lines().findFirst().orElse(""), "YAML of the ppo-defaults form");
    }
  }

  /** The settings for environment {@code name}. */
  public PpoConfig configFor(String name) {
    PpoConfig base = "cartpole".equals(name) ? PpoConfig.rlZooCartPole() : defaults;
    ObjectNode o = overrides.get(name);
    return o == null ? base : overlay(source, "envs." + name, base, o);
  }

  static PpoDefaults parse(String source, JsonNode root) {
    if (root == null || !root.isObject()) {
      throw bad(source, "(top level)", "a map with keys default and envs");
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!k.equals("default") && !k.equals("envs")) {
        throw bad(source, k, "default, envs");
      }
    }
    PpoConfig d = PpoConfig.episodes();
    if (root.has("default")) {
      d = overlay(source, "default", d, object(source, "default", root.get("default")));
    }
    var over = new LinkedHashMap<String, ObjectNode>();
    JsonNode envs = root.get("envs");
    if (envs != null) {
      for (var e : iterable(object(source, "envs", envs).fields())) {
        if (!EnvCatalog.NAMES.contains(e.getKey())) {
          throw bad(source, "envs." + e.getKey(), String.join(", ", EnvCatalog.NAMES));
        }
        ObjectNode o = object(source, "envs." + e.getKey(), e.getValue());
        // validate now, against the base it will be laid over
        overlay(source, "envs." + e.getKey(), "cartpole".equals(e.getKey())
            ? PpoConfig.rlZooCartPole() : d, o);
        over.put(e.getKey(), o);
      }
    }
    return new PpoDefaults(source, d, over);
  }

  /** {@code base} with the keys of {@code o} replaced. */
  static PpoConfig overlay(String source, String where, PpoConfig base, ObjectNode o) {
    RecordComponent[] rc = PpoConfig.class.getRecordComponents();
    Object[] values = new Object[rc.length];
    Class<?>[] typesOf = new Class<?>[rc.length];
    try {
      for (int i = 0; i < rc.length; i++) {
        values[i] = rc[i].getAccessor().invoke(base);
        typesOf[i] = rc[i].getType();
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    for (var e : iterable(o.fields())) {
      int i = KEYS.indexOf(e.getKey());
      if (i < 0) {
        throw bad(source, where + "." + e.getKey(), String.join(", ", KEYS));
      }
      values[i] = value(source, where + "." + e.getKey(), typesOf[i], e.getValue());
    }
    try {
      return PpoConfig.class.getDeclaredConstructor(typesOf).newInstance(values);
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw InputError.option(source, where + ": " + e.getCause().getMessage(),
          "values in the ranges PpoConfig documents");
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object value(String source, String key, Class<?> type, JsonNode v) {
    if (type == int.class && v.canConvertToInt() && v.isIntegralNumber()) {
      return v.intValue();
    }
    if (type == double.class && v.isNumber()) {
      return v.doubleValue();
    }
    if (type == double.class && v.isTextual() && v.textValue().equalsIgnoreCase("inf")) {
      return Double.POSITIVE_INFINITY;
    }
    if (type == boolean.class && v.isBoolean()) {
      return v.booleanValue();
    }
    if (type == List.class && v.isArray()) {
      var out = new ArrayList<Integer>();
      for (JsonNode x : v) {
        if (!x.isIntegralNumber() || x.intValue() < 1) {
          throw bad(source, key, "a list of layer widths >= 1");
        }
        out.add(x.intValue());
      }
      return List.copyOf(out);
    }
    String want = type == int.class ? "an integer" : type == double.class ? "a number (or inf)"
        : type == boolean.class ? "true or false" : "a list of layer widths";
    throw bad(source, key, want + ", not " + v);
  }

  private static ObjectNode object(String source, String key, JsonNode n) {
    if (!(n instanceof ObjectNode o)) {
      throw bad(source, key, "a map of settings");
    }
    return o;
  }

  private static InputError bad(String source, String key, String allowed) {
    return InputError.option(source, "bad key or value at " + key, allowed);
  }

  private static <T> Iterable<T> iterable(Iterator<T> it) {
    return () -> it;
  }

  private static List<String> keys() {
    var out = new ArrayList<String>();
    for (RecordComponent c : PpoConfig.class.getRecordComponents()) {
      out.add(c.getName().replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT));
    }
    return List.copyOf(out);
  }
}

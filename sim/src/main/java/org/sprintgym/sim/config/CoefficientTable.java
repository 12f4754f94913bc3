package org.sprintgym.sim.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sprintgym.agents.Requires;

/**
 * The description of one named table of model coefficients (or reward weights): its name as
 * written in a scenario ({@code sim.coefficients.work}), and per entry, in a fixed order, the
 * default, the allowed range and a one-line note on what it means and where the default comes
 * from. The values themselves live in an immutable record per table ({@link WorkCoefficients},
 * ...); the table only validates and names them.
 */
public final class CoefficientTable {
  /**
   * One coefficient.
   *
   * @param name the key, in snake_case as written in YAML
   * @param defaultValue the default, within [min, max]
   * @param min smallest allowed value
   * @param max largest allowed value
   * @param source what the value means and where the default comes from
   */
  public record Entry(String name, double defaultValue, double min, double max, String source) {
    public Entry {
      Requires.nonBlank(name, "coefficient name");
      Requires.nonBlank(source, "source of coefficient " + name);
      if (!(min <= max) || !(defaultValue >= min && defaultValue <= max)) {
        throw new IllegalArgumentException("coefficient " + name + ": default " + defaultValue
            + " must lie in [" + min + ", " + max + "]");
      }
    }

    /** The allowed range as written in messages. */
    public String range() {
      return "[" + plain(min) + ", " + plain(max) + "]";
    }
  }

  private final String name;
  private final Map<String, Entry> entries;

  private CoefficientTable(String name, Map<String, Entry> entries) {
    this.name = Requires.nonBlank(name, "table name");
    this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
  }

  /** Starts a table named {@code name} (a dotted path such as {@code sim.coefficients.work}). */
  public static Builder named(String name) {
    return new Builder(name);
  }

  public String name() {
    return name;
  }

  /** The last segment of the name ({@code work} for {@code sim.coefficients.work}). */
  public String shortName() {
    return name.substring(name.lastIndexOf('.') + 1);
  }

  public List<Entry> entries() {
    return List.copyOf(entries.values());
  }

  public List<String> keys() {
    return List.copyOf(entries.keySet());
  }

  public Entry entry(String key) {
    Entry e = entries.get(key);
    if (e == null) {
      throw new IllegalArgumentException(unknownKey(key));
    }
    return e;
  }

  /** The defaults, in table order. */
  public Map<String, Double> defaults() {
    var out = new LinkedHashMap<String, Double>();
    entries.values().forEach(e -> out.put(e.name(), e.defaultValue()));
    return Collections.unmodifiableMap(out);
  }

  /**
   * {@code values} keyed by the table's keys in table order (a record's components, listed as
   * the table lists its entries); not validated: pass the result to {@link #check} per entry.
   */
  /**
   * The record of {@code type} built from {@code overrides} applied to the defaults (validated as
   * {@link #resolve(Map)} does): its components are this table's keys, in order, each a
   * {@code double} named by its key in camel case ({@code rework_shape}: {@code reworkShape}), so a
   * table record need not list its keys a second time. A record whose components do not match is
   * a programming error, found the first time it is built.
   */
  public <R extends Record> R build(Class<R> type, Map<String, Double> overrides) {
    Map<String, Double> v = resolve(overrides);
    Class<?>[] types = new Class<?>[v.size()];
    java.util.Arrays.fill(types, double.class);
    requireComponents(type);
    try {
      return type.getDeclaredConstructor(types).newInstance(v.values().toArray());
    } catch (java.lang.reflect.InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re; // a combination of values the record refuses
      }
      throw new IllegalStateException(name + ": " + type.getSimpleName() + " cannot be built", e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(name + ": " + type.getSimpleName() + " cannot be built", e);
    }
  }

  /** The values of {@code coefficients}, a record {@link #build} makes, by key in table order. */
  public Map<String, Double> read(Record coefficients) {
    var parts = requireComponents(coefficients.getClass());
    double[] v = new double[parts.length];
    try {
      for (int i = 0; i < parts.length; i++) {
        v[i] = (double) parts[i].getAccessor().invoke(coefficients);
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(name + ": " + coefficients.getClass().getSimpleName()
          + " cannot be read", e);
    }
    return inOrder(v);
  }

  /** {@code coefficients} (a record {@link #build} makes) with {@code key} set to {@code value}. */
  @SuppressWarnings("unchecked")
  public <R extends Record> R with(R coefficients, String key, double value) {
    return build((Class<R>) coefficients.getClass(), resolve(read(coefficients),
        Map.of(key, value)));
  }

  private java.lang.reflect.RecordComponent[] requireComponents(Class<?> type) {
    var parts = type.getRecordComponents();
    var keys = List.copyOf(entries.keySet());
    boolean match = parts != null && parts.length == keys.size();
    for (int i = 0; match && i < parts.length; i++) {
      match = parts[i].getType() == double.class && parts[i].getName().equals(camel(keys.get(i)));
    }
    if (!match) {
      throw new IllegalStateException(name + ": the components of " + type.getSimpleName()
          + " are not its keys in order, each a double named in camel case");
    }
    return parts;
  }

  /** {@code rework_shape} as {@code reworkShape}; dots count as underscores. */
  static String camel(String key) {
    var out = new StringBuilder(key.length());
    boolean up = false;
    for (char ch : key.toCharArray()) {
      if (ch == '_' || ch == '.') {
        up = true;
      } else {
        out.append(up ? Character.toUpperCase(ch) : ch);
        up = false;
      }
    }
    return out.toString();
  }

  public Map<String, Double> inOrder(double... values) {
    if (values.length != entries.size()) {
      throw new IllegalArgumentException(name + ": " + values.length + " values for "
          + entries.size() + " keys");
    }
    var out = new LinkedHashMap<String, Double>();
    int i = 0;
    for (String key : entries.keySet()) {
      out.put(key, values[i++]);
    }
    return Collections.unmodifiableMap(out);
  }

  /** The message for a key the table does not have; names the known keys. */
  public String unknownKey(String key) {
    return name + ": unknown key '" + key + "' (known keys: " + String.join(", ", entries.keySet())
        + ")";
  }

  /** {@code value} if it lies in the key's range; otherwise an error naming table, key and range. */
  public double check(String key, double value) {
    Entry e = entry(key);
    if (!(value >= e.min() && value <= e.max())) {
      throw new IllegalArgumentException(name + "." + key + ": " + plain(value)
          + " is out of range (allowed: " + e.range() + ")");
    }
    return value;
  }

  /** {@code value} if it is a whole number; otherwise an error naming table, key and range. */
  public double checkWhole(String key, double value) {
    if (value != Math.rint(value)) {
      throw new IllegalArgumentException(name + "." + key + ": " + plain(value)
          + " is not a whole number (allowed: whole numbers in " + entry(key).range() + ")");
    }
    return value;
  }

  /** Fails naming the table and both keys when {@code low} exceeds {@code high}. */
  public void checkNotAbove(String lowKey, double low, String highKey, double high) {
    if (low > high) {
      throw new IllegalArgumentException(name + ": " + lowKey + " (" + plain(low)
          + ") must not exceed " + highKey + " (" + plain(high) + ")");
    }
  }

  /**
   * A complete, validated map: {@code base} (which must hold every key) with {@code overrides}
   * applied. Unknown keys and values out of range fail naming the table, the key and what is
   * allowed.
   */
  public Map<String, Double> resolve(Map<String, Double> base, Map<String, Double> overrides) {
    var out = new LinkedHashMap<String, Double>();
    for (String key : entries.keySet()) {
      Double v = base.get(key);
      if (v == null) {
        throw new IllegalArgumentException(name + ": value of '" + key + "' is missing");
      }
      out.put(key, v);
    }
    for (String key : base.keySet()) {
      entry(key);
    }
    overrides.forEach((key, v) -> out.put(key, check(key, Requires.nonNull(v, name + "." + key))));
    out.forEach(this::check);
    return Collections.unmodifiableMap(out);
  }

  /** The defaults with {@code overrides} applied, validated. */
  public Map<String, Double> resolve(Map<String, Double> overrides) {
    return resolve(defaults(), overrides);
  }

  @Override
  public String toString() {
    return name + entries.keySet();
  }

  /** A number without a trailing ".0" for whole values. */
  static String plain(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  /** Adds entries in order; {@link #build()} checks names are unique. */
  public static final class Builder {
    private final String name;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private Builder(String name) {
      this.name = name;
    }

    public Builder entry(String key, double defaultValue, double min, double max, String source) {
      if (entries.put(key, new Entry(key, defaultValue, min, max, source)) != null) {
        throw new IllegalArgumentException(name + ": coefficient " + key + " listed twice");
      }
      return this;
    }

    public CoefficientTable build() {
      return new CoefficientTable(name, entries);
    }
  }
}

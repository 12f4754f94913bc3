package org.sprintgym.sim.io;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One node of a YAML document that remembers where it was written (file, line, column) and its key
 * path ({@code stories[2].story_points}), so that every validation error can point at the input.
 * Jackson's {@code JsonNode} tree drops locations, hence this small tree; {@link YamlTree} builds it.
 *
 * <p>The typed accessors ({@link #asInt}, {@link #asUnit}, ...) check the node and throw an
 * {@link InputError} naming the path and the allowed values; they never coerce silently.
 */
public final class YamlNode {

  /** What the node holds. */
  public enum Kind { MAP, LIST, STRING, INTEGER, FLOAT, BOOLEAN, NULL }

  private final Path file;
  private final String path;
  private final int line;
  private final int column;
  private final Kind kind;
  private final Object value;
  private final Map<String, YamlNode> entries;
  private final List<YamlNode> items;

  private YamlNode(Path file, String path, int line, int column, Kind kind, Object value,
      Map<String, YamlNode> entries, List<YamlNode> items) {
    this.file = file;
    this.path = path;
    this.line = line;
    this.column = column;
    this.kind = kind;
    this.value = value;
    this.entries = entries;
    this.items = items;
  }

  static YamlNode scalar(Path file, String path, int line, int column, Kind kind, Object value) {
    return new YamlNode(file, path, line, column, kind, value, Map.of(), List.of());
  }

  static YamlNode map(Path file, String path, int line, int column,
      LinkedHashMap<String, YamlNode> entries) {
    return new YamlNode(file, path, line, column, Kind.MAP, null,
        Collections.unmodifiableMap(entries), List.of());
  }

  static YamlNode list(Path file, String path, int line, int column, List<YamlNode> items) {
    return new YamlNode(file, path, line, column, Kind.LIST, null, Map.of(), List.copyOf(items));
  }

  public Path file() { return file; }
  public String path() { return path; }
  public int line() { return line; }
  public int column() { return column; }
  public Kind kind() { return kind; }

  /** The last segment of the path: the key under which this node sits. */
  public String key() {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }

  /** An input error located at this node. */
  public InputError error(String problem, String allowed) {
    return InputError.at(file, line, column, path, problem, allowed);
  }

  // ---- maps ----

  /** The entries of a mapping, in file order. */
  public Map<String, YamlNode> entries() {
    requireKind(Kind.MAP, "a mapping (key: value)");
    return entries;
  }

  public Optional<YamlNode> get(String key) {
    return Optional.ofNullable(entries().get(key)).filter(n -> n.kind != Kind.NULL);
  }

  /** A key that must be present (and not null). */
  public YamlNode require(String key) {
    return get(key).orElseThrow(() -> InputError.at(file, line, column, childPath(key),
        "is missing", null));
  }

  /** Rejects every key not in {@code allowed}, naming the first unknown key and listing all. */
  public YamlNode requireKeys(List<String> allowed) {
    for (YamlNode child : entries().values()) {
      if (!allowed.contains(child.key())) {
        throw child.error("unknown key '" + child.key() + "'", String.join(", ", allowed));
      }
    }
    return this;
  }

  private String childPath(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  // ---- lists ----

  public List<YamlNode> items() {
    requireKind(Kind.LIST, "a list");
    return items;
  }

  /** A list of scalars as text; numbers are accepted as their text (AAT ids and criteria). */
  public List<String> asStringList() {
    return items().stream().map(YamlNode::asText).collect(Collectors.toUnmodifiableList());
  }

  /** A single string or a list of strings (AAT allows both in Given/When/Then steps). */
  public List<String> asStringOrList() {
    return kind == Kind.LIST ? asStringList() : List.of(asText());
  }

  // ---- scalars ----

  /** A string scalar. Numbers and booleans are rejected: the YAML author meant something else. */
  public String asString() {
    requireKind(Kind.STRING, "a string");
    return (String) value;
  }

  /** Any scalar as text (for identifiers and free text where {@code 42} is a fine value). */
  public String asText() {
    if (kind == Kind.MAP || kind == Kind.LIST || kind == Kind.NULL) {
      throw error("expected text but found " + describe(), "a string");
    }
    return String.valueOf(value);
  }

  /** An integer in [min, max]. */
  public int asInt(int min, int max) {
    long v = asLong();
    if (v < min || v > max) {
      throw error(v + " is out of range", "integers " + min + ".." + max);
    }
    return (int) v;
  }

  /** An integer that must be one of {@code allowed}. */
  public int asIntIn(List<Integer> allowed) {
    long v = asLong();
    if (!allowed.contains((int) v) || v != (int) v) {
      throw error(v + " is not allowed", allowed.stream().map(String::valueOf)
          .collect(Collectors.joining(", ")));
    }
    return (int) v;
  }

  /** Any integer that fits in 64 bits (seeds). */
  public long asLong() {
    if (kind != Kind.INTEGER) {
      throw error("expected an integer but found " + describe(), null);
    }
    if (value instanceof BigInteger big && big.bitLength() > 63) {
      throw error(big + " is far too large", null);
    }
    return ((Number) value).longValue();
  }

  /** A number (integer or decimal) in [min, max]. */
  public double asDouble(double min, double max) {
    if (kind != Kind.INTEGER && kind != Kind.FLOAT) {
      throw error("expected a number but found " + describe(), min + ".." + max);
    }
    double v = ((Number) value).doubleValue();
    if (!(v >= min && v <= max)) {
      throw error(v + " is out of range", min + ".." + max);
    }
    return v;
  }

  /** A share or probability: a number in [0, 1]. */
  public double asUnit() {
    return asDouble(0.0, 1.0);
  }

  public boolean asBoolean() {
    if (kind != Kind.BOOLEAN) {
      throw error("expected true or false but found " + describe(), "true, false");
    }
    return (Boolean) value;
  }

  /** A string that must be one of {@code allowed} (compared as written). */
  public String asChoice(List<String> allowed) {
    String s = asString();
    if (!allowed.contains(s)) {
      throw error("'" + s + "' is not allowed", String.join(", ", allowed));
    }
    return s;
  }

  private void requireKind(Kind wanted, String what) {
    if (kind != wanted) {
      throw error("expected " + what + " but found " + describe(), null);
    }
  }

  /** A short description of what the node holds, for error messages. */
  public String describe() {
    return switch (kind) {
      case MAP -> "a mapping";
      case LIST -> "a list";
      case NULL -> "nothing (null)";
      case STRING -> "the string \"" + abbreviate((String) value) + "\"";
      case INTEGER -> "the integer " + value;
      case FLOAT -> "the number " + value;
      case BOOLEAN -> "the boolean " + value;
    };
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }
}

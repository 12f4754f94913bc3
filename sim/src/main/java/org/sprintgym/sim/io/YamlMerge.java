package org.sprintgym.sim.io;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Layering of YAML trees, for files that extend other files and for command-line overrides. Each
 * resulting node keeps the location it was written at, so an error still points at the file (or
 * {@code --set}) the value came from.
 */
public final class YamlMerge {
  private YamlMerge() {}

  /**
   * {@code over} on top of {@code base}: mappings merge key by key (recursively), anything else in
   * {@code over} replaces what {@code base} had; keys only in {@code base} keep their place and
   * come first.
   */
  public static YamlNode merge(YamlNode base, YamlNode over) {
    if (base.kind() != YamlNode.Kind.MAP || over.kind() != YamlNode.Kind.MAP) {
      return over;
    }
    var merged = new LinkedHashMap<String, YamlNode>(base.entries());
    for (var e : over.entries().entrySet()) {
      YamlNode old = merged.get(e.getKey());
      merged.put(e.getKey(), old == null ? e.getValue() : merge(old, e.getValue()));
    }
    return YamlNode.map(over.file(), over.path(), over.line(), over.column(), merged);
  }

  /**
   * Sets {@code dottedPath} (e.g. {@code team.wip_limits.review}) to the YAML value {@code raw},
   * creating intermediate mappings as needed. The new node's location is {@code source}, line 1.
   */
  public static YamlNode set(YamlNode root, String dottedPath, String raw, Path source) {
    List<String> keys = List.of(dottedPath.split("\\.", -1));
    for (String k : keys) {
      if (k.isEmpty()) {
        throw InputError.at(source, 1, 1, dottedPath, "empty key in the path",
            "dot-separated keys such as team.wip_limits.review");
      }
    }
    YamlNode value = YamlTree.readString(raw, source, dottedPath);
    return setAt(root, keys, 0, value, source);
  }

  private static YamlNode setAt(YamlNode node, List<String> keys, int i, YamlNode value, Path source) {
    if (i == keys.size()) {
      return value;
    }
    String prefix = String.join(".", keys.subList(0, i));
    if (node != null && node.kind() != YamlNode.Kind.MAP) {
      throw InputError.at(source, 1, 1, prefix, "cannot set a key inside " + node.describe()
          + " (defined at " + node.file() + ":" + node.line() + ")", "a path through mappings");
    }
    var entries = new LinkedHashMap<String, YamlNode>(node == null ? java.util.Map.of() : node.entries());
    entries.put(keys.get(i), setAt(entries.get(keys.get(i)), keys, i + 1, value, source));
    if (node == null) {
      return YamlNode.map(source, prefix, 1, 1, entries);
    }
    return YamlNode.map(node.file(), node.path(), node.line(), node.column(), entries);
  }
}

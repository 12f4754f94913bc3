package org.sprintgym.sim.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.sprintgym.sim.io.YamlNode.Kind;

/**
 * Reads one YAML document into a {@link YamlNode} tree that keeps every node's line and column.
 * Every failure (missing file, empty file, malformed YAML, duplicate key) is an {@link InputError}.
 */
public final class YamlTree {
  private YamlTree() {}

  /** Reads {@code file}, rejecting duplicate keys; the caller checks the root's kind. */
  public static YamlNode read(Path file) {
    return read(file, null);
  }

  /**
   * Reads {@code file}. With {@code duplicates} null a repeated key in a mapping is an error;
   * otherwise the later value wins (as in PyYAML, which AAT uses, so AAT files mean what AAT reads)
   * and a note per repetition is added to {@code duplicates}.
   */
  public static YamlNode read(Path file, List<String> duplicates) {
    if (!Files.isRegularFile(file)) {
      throw InputError.at(file, 0, 0, null,
          Files.exists(file) ? "is not a regular file" : "file not found", null);
    }
    try (JsonParser p = YAMLFactory.builder().build().createParser(file.toFile())) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw InputError.at(file, 0, 0, null, "file is empty (no YAML document)", null);
      }
      return new Builder(file, p, duplicates).node("");
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      throw InputError.at(file, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
          null, "malformed YAML: " + firstLine(e.getOriginalMessage()), null);
    } catch (NoSuchFileException | AccessDeniedException e) {
      throw InputError.at(file, 0, 0, null, "cannot be read: " + e.getClass().getSimpleName(), null);
    } catch (IOException e) {
      throw InputError.at(file, 0, 0, null, "cannot be read: " + e.getMessage(), null);
    } catch (org.yaml.snakeyaml.error.YAMLException e) {
      // SnakeYAML errors that Jackson does not wrap (e.g. bad characters) are still bad input.
      throw InputError.at(file, 0, 0, null, "malformed YAML: " + firstLine(e.getMessage()), null);
    }
  }

  /**
   * Reads YAML text that did not come from a file (a {@code --set} value, say); errors point at
   * {@code source} as if it were a file, line 1.
   */
  public static YamlNode readString(String text, Path source, String path) {
    try (JsonParser p = YAMLFactory.builder().build().createParser(text)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        return YamlNode.scalar(source, path, 1, 1, Kind.NULL, null);
      }
      return new Builder(source, p, null).node(path);
    } catch (JsonProcessingException e) {
      throw InputError.at(source, 1, 1, path, "malformed YAML value: "
          + firstLine(e.getOriginalMessage()), null);
    } catch (IOException e) {
      throw InputError.at(source, 1, 1, path, "cannot be read: " + e.getMessage(), null);
    } catch (org.yaml.snakeyaml.error.YAMLException e) {
      throw InputError.at(source, 1, 1, path, "malformed YAML value: " + firstLine(e.getMessage()), null);
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unreadable document";
    }
    String line = s.strip().lines().findFirst().orElse(s);
    return line.length() > 160 ? line.substring(0, 157) + "..." : line;
  }

  /** Recursive descent over the parser's token stream; the parser sits on a value's first token. */
  private static final class Builder {
    private final Path file;
    private final JsonParser p;
    private final List<String> duplicates;

    Builder(Path file, JsonParser p, List<String> duplicates) {
      this.file = file;
      this.p = p;
      this.duplicates = duplicates;
    }

    YamlNode node(String path) throws IOException {
      JsonLocation loc = p.currentTokenLocation();
      int line = loc.getLineNr();
      int col = loc.getColumnNr();
      JsonToken t = p.currentToken();
      return switch (t) {
        case START_OBJECT -> map(path, line, col);
        case START_ARRAY -> list(path, line, col);
        case VALUE_STRING -> YamlNode.scalar(file, path, line, col, Kind.STRING, p.getText());
        case VALUE_NUMBER_INT -> YamlNode.scalar(file, path, line, col, Kind.INTEGER, p.getNumberValue());
        case VALUE_NUMBER_FLOAT -> YamlNode.scalar(file, path, line, col, Kind.FLOAT, p.getDoubleValue());
        case VALUE_TRUE, VALUE_FALSE ->
            YamlNode.scalar(file, path, line, col, Kind.BOOLEAN, t == JsonToken.VALUE_TRUE);
        case VALUE_NULL -> YamlNode.scalar(file, path, line, col, Kind.NULL, null);
        default -> throw InputError.at(file, line, col, path, "unsupported YAML value " + t, null);
      };
    }

    private YamlNode map(String path, int line, int col) throws IOException {
      var entries = new LinkedHashMap<String, YamlNode>();
      var keyLines = new java.util.HashMap<String, Integer>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonLocation keyLoc = p.currentTokenLocation();
        String childPath = path.isEmpty() ? key : path + "." + key;
        YamlNode earlier = entries.get(key);
        if (earlier != null && duplicates == null) {
          throw InputError.at(file, keyLoc.getLineNr(), keyLoc.getColumnNr(), childPath,
              "duplicate key '" + key + "'", "each key once per mapping");
        }
        if (earlier != null) {
          duplicates.add(childPath + " (line " + keyLines.get(key) + ": replaced by the repeated key at"
              + " line " + keyLoc.getLineNr() + ", as AAT's YAML loader does)");
        }
        keyLines.put(key, keyLoc.getLineNr());
        p.nextToken();
        entries.put(key, node(childPath));
      }
      return YamlNode.map(file, path, line, col, entries);
    }

    private YamlNode list(String path, int line, int col) throws IOException {
      var items = new ArrayList<YamlNode>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        items.add(node(path + "[" + items.size() + "]"));
      }
      return YamlNode.list(file, path, line, col, items);
    }
  }
}

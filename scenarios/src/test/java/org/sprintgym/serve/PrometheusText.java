package org.sprintgym.serve;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of the Prometheus text exposition format (0.0.4): every line must be a
 * {@code # HELP}, a {@code # TYPE} or a sample {@code name{labels} value}; anything else fails.
 */
final class PrometheusText {
  private static final String NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
  private static final String LABEL = "[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\\\n]|\\\\[\\\\\"n])*\"";
  private static final Pattern HELP = Pattern.compile("# HELP (" + NAME + ") .*");
  private static final Pattern TYPE = Pattern.compile(
      "# TYPE (" + NAME + ") (counter|gauge|histogram|summary|untyped)");
  private static final Pattern SAMPLE = Pattern.compile("(" + NAME + ")(\\{(?:" + LABEL + ")(?:,"
      + LABEL + ")*,?\\})? ([-+]?(?:[0-9.]+(?:[eE][-+]?[0-9]+)?|Inf|NaN))(?: -?[0-9]+)?");

  private PrometheusText() {}

  /** Samples by their full text before the value (name and labels); throws on any bad line. */
  static Map<String, Double> parse(String text) {
    if (!text.endsWith("\n")) {
      throw new AssertionError("exposition must end with a newline");
    }
    var samples = new LinkedHashMap<String, Double>();
    var types = new LinkedHashMap<String, String>();
    int n = 0;
    for (String line : text.split("\n")) {
      n++;
      if (line.isEmpty()) {
        continue;
      }
      Matcher m;
      if ((m = TYPE.matcher(line)).matches()) {
        types.put(m.group(1), m.group(2));
      } else if (HELP.matcher(line).matches()) {
        continue;
      } else if ((m = SAMPLE.matcher(line)).matches()) {
        String name = m.group(1);
        String family = name.replaceFirst("_(bucket|count|sum|total|created)$", "");
        if (!types.containsKey(family) && !types.containsKey(name)) {
          throw new AssertionError("line " + n + ": sample before its # TYPE: " + line);
        }
        String v = m.group(3);
        double value = v.endsWith("Inf") ? (v.startsWith("-") ? Double.NEGATIVE_INFINITY
            : Double.POSITIVE_INFINITY) : Double.parseDouble(v);
        samples.put(name + (m.group(2) == null ? "" : m.group(2)), value);
      } else {
        throw new AssertionError("line " + n + " is not Prometheus text: " + line);
      }
    }
    return samples;
  }
}

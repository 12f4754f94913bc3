package org.sprintgym.sim.backlog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A story's text reduced to lower-case words, for keyword rules. A keyword matches a whole word
 * ({@code ci}), a word prefix when it ends in {@code *} ({@code deploy*} matches "deployment"), or
 * a phrase when it contains a space ({@code real time} matches "real-time"; {@code rate limit*}
 * matches "rate limiting").
 */
record StoryText(List<String> words, String padded) {

  StoryText {
    words = List.copyOf(words);
  }

  static StoryText of(String... parts) {
    var words = new ArrayList<String>();
    for (String part : parts) {
      if (part == null) {
        continue;
      }
      for (String w : part.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
        if (!w.isEmpty()) {
          words.add(w);
        }
      }
    }
    return new StoryText(words, " " + String.join(" ", words) + " ");
  }

  static StoryText of(List<String> parts) {
    return of(parts.toArray(String[]::new));
  }

  boolean matches(String keyword) {
    if (keyword.indexOf(' ') >= 0) {
      return keyword.endsWith("*")
          ? padded.contains(" " + keyword.substring(0, keyword.length() - 1))
          : padded.contains(" " + keyword + " ");
    }
    if (keyword.endsWith("*")) {
      String stem = keyword.substring(0, keyword.length() - 1);
      return words.stream().anyMatch(w -> w.startsWith(stem));
    }
    return words.contains(keyword);
  }

  /** How many of {@code keywords} occur (each counted once). */
  int count(List<String> keywords) {
    return (int) keywords.stream().filter(this::matches).count();
  }

  boolean isEmpty() {
    return words.isEmpty();
  }
}

package org.sprintgym.sim.env;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammar of text actions, for policies that answer in words (language models).
 *
 * <ul>
 *   <li>An action is named by its name with any of {@code _ - space} between the words, in any
 *       case: {@code ask_edge_cases}, {@code Ask edge-cases}, {@code ASK EDGE CASES}.
 *   <li>A name of two or more words also has a short alias, its initials ({@code aec}), unless
 *       two names share the initials or the initials are a common English word; {@link #aliases()}
 *       lists them.
 *   <li>Free text around the action is tolerated. When the text contains {@code Action:} (any
 *       case), the first action named after the last such marker counts; otherwise the last action
 *       named anywhere in the text counts (a reasoning model usually concludes at the end).
 *   <li>Where names overlap, the longest wins: {@code fix now} is {@code fix_now}, not {@code fix}.
 * </ul>
 *
 * Parsing never throws on any text: it yields the action or a message naming the legal ones.
 */
public final class TextActions {
  /** Initials that read as ordinary words in free text, so they are not aliases. */
  private static final Set<String> COMMON = Set.of("a", "i", "am", "an", "as", "at", "be", "by",
      "do", "go", "he", "if", "in", "is", "it", "me", "my", "no", "of", "ok", "on", "or", "so",
      "re", "to", "up", "us", "we", "id", "pr", "ai", "ui", "qa", "sad", "art", "act", "ask", "add",
      "and", "are", "can", "fix", "for", "not", "now", "the", "use", "was", "you");
  private static final Pattern MARKER = Pattern.compile("action\\s*:", Pattern.CASE_INSENSITIVE);
  private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
  private static final int QUOTE = 80;

  private final List<String> names;
  private final List<String[]> words;
  private final Map<String, Integer> aliasIndex;
  private final String[] aliasOf;

  private TextActions(List<String> names) {
    this.names = List.copyOf(names);
    this.words = new ArrayList<>(names.size());
    var initials = new HashMap<String, List<Integer>>();
    for (int i = 0; i < names.size(); i++) {
      String[] w = tokens(names.get(i));
      if (w.length == 0) {
        throw new IllegalArgumentException("action " + i + " has no letters or digits in its name '"
            + names.get(i) + "'");
      }
      words.add(w);
      if (w.length >= 2) {
        var sb = new StringBuilder();
        for (String s : w) {
          sb.append(s.charAt(0));
        }
        initials.computeIfAbsent(sb.toString(), k -> new ArrayList<>()).add(i);
      }
    }
    this.aliasOf = new String[names.size()];
    this.aliasIndex = new HashMap<>();
    var singleWords = new java.util.HashSet<String>();
    words.forEach(w -> singleWords.addAll(List.of(w)));
    initials.forEach((alias, owners) -> {
      if (owners.size() == 1 && !COMMON.contains(alias) && !singleWords.contains(alias)) {
        aliasOf[owners.get(0)] = alias;
        aliasIndex.put(alias, owners.get(0));
      }
    });
  }

  /** The grammar over {@code space}'s action names. */
  public static TextActions of(ActionSpace space) {
    return new TextActions(space.names());
  }

  /** What {@link #parse} found: an action index, or a message saying what went wrong. */
  public record Parse(OptionalInt action, String problem) {
    public Parse {
      if (action.isPresent() == (problem != null)) {
        throw new IllegalArgumentException("a parse has an action or a problem, not both or none");
      }
    }

    public boolean ok() {
      return action.isPresent();
    }
  }

  /** The action named by {@code text}, which must be allowed by {@code mask}. */
  public Parse parse(String text, boolean[] mask) {
    if (mask.length != names.size()) {
      throw new IllegalArgumentException("mask has " + mask.length + " entries for "
          + names.size() + " actions");
    }
    if (text == null || text.isBlank()) {
      return problem("the answer is empty", mask);
    }
    String region = text;
    boolean first = false;
    Matcher m = MARKER.matcher(text);
    while (m.find()) {
      region = text.substring(m.end());
      first = true;
    }
    OptionalInt named = find(tokens(region), first);
    if (named.isEmpty()) {
      return problem("no action named in '" + quote(text) + "'", mask);
    }
    int a = named.getAsInt();
    if (!mask[a]) {
      return problem("action '" + names.get(a) + "' is not allowed now", mask);
    }
    return new Parse(named, null);
  }

  private OptionalInt find(String[] t, boolean first) {
    OptionalInt found = OptionalInt.empty();
    int i = 0;
    while (i < t.length) {
      int best = -1;
      int bestLength = 0;
      for (int a = 0; a < words.size(); a++) {
        String[] w = words.get(a);
        if (w.length > bestLength && matches(t, i, w)) {
          best = a;
          bestLength = w.length;
        }
      }
      if (best < 0 && aliasIndex.containsKey(t[i])) {
        best = aliasIndex.get(t[i]);
        bestLength = 1;
      }
      if (best >= 0) {
        found = OptionalInt.of(best);
        if (first) {
          return found;
        }
        i += bestLength;
      } else {
        i++;
      }
    }
    return found;
  }

  private static boolean matches(String[] t, int at, String[] w) {
    if (at + w.length > t.length) {
      return false;
    }
    for (int k = 0; k < w.length; k++) {
      if (!t[at + k].equals(w[k])) {
        return false;
      }
    }
    return true;
  }

  private Parse problem(String what, boolean[] mask) {
    return new Parse(OptionalInt.empty(), what + "; legal actions: " + describe(mask));
  }

  /** The allowed actions, each with its alias in brackets, e.g. {@code ask_edge_cases (aec)}. */
  public String describe(boolean[] mask) {
    var sb = new StringBuilder();
    for (int i = 0; i < mask.length && i < names.size(); i++) {
      if (mask[i]) {
        if (sb.length() > 0) {
          sb.append(", ");
        }
        sb.append(names.get(i));
        if (aliasOf[i] != null) {
          sb.append(" (").append(aliasOf[i]).append(')');
        }
      }
    }
    return sb.length() == 0 ? "none (the episode is over)" : sb.toString();
  }

  /** The names the mask allows, in index order. */
  public List<String> legal(boolean[] mask) {
    var out = new ArrayList<String>();
    for (int i = 0; i < mask.length && i < names.size(); i++) {
      if (mask[i]) {
        out.add(names.get(i));
      }
    }
    return out;
  }

  /** The short alias of action {@code i}, if it has one. */
  public Optional<String> alias(int i) {
    return Optional.ofNullable(aliasOf[i]);
  }

  /** Every alias and the action name it stands for, in action order. */
  public Map<String, String> aliases() {
    var out = new LinkedHashMap<String, String>();
    for (int i = 0; i < aliasOf.length; i++) {
      if (aliasOf[i] != null) {
        out.put(aliasOf[i], names.get(i));
      }
    }
    return out;
  }

  /** The action names, in index order. */
  public List<String> names() {
    return names;
  }

  /** The rules above in two sentences, for a system prompt. */
  public static String rules() {
    return "Answer with one action name (case does not matter; '_', '-' or spaces between its"
        + " words) or its short alias, and end your answer with a line 'Action: <name>'. Text"
        + " before it is allowed; without an 'Action:' line the last action you name counts.";
  }

  private static String[] tokens(String s) {
    String[] t = SEPARATORS.split(s.toLowerCase(Locale.ROOT));
    if (t.length > 0 && t[0].isEmpty()) {
      return java.util.Arrays.copyOfRange(t, 1, t.length);
    }
    return t;
  }

  private static String quote(String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
    return flat.length() <= QUOTE ? flat : flat.substring(0, QUOTE) + "...";
  }
}

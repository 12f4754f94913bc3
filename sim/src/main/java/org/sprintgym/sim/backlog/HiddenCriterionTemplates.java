package org.sprintgym.sim.backlog;

import java.util.List;

/**
 * Sentence templates for hidden acceptance criteria, per elicitation dimension. {@code {t}} is the
 * story title with a lower-case first letter. Each is something a product owner plausibly assumes
 * without saying, and that a question on the matching dimension would bring out.
 */
final class HiddenCriterionTemplates {
  private HiddenCriterionTemplates() {}

  static List<String> of(ElicitationDimension dimension) {
    return switch (dimension) {
      case SCOPE -> List.of(
          "{t} also covers bulk changes, not only single items",
          "{t} includes an undo for the last change",
          "{t} applies to existing records, not only new ones",
          "{t} ships behind a feature flag that admins can switch");
      case CONSTRAINTS -> List.of(
          "{t} responds within 300 ms at the 95th percentile",
          "{t} needs no new third-party service or licence",
          "{t} stays backwards compatible with current clients",
          "{t} fits the service's existing memory budget");
      case SUCCESS_CRITERIA -> List.of(
          "{t} emits a usage event so adoption can be measured",
          "{t} is demonstrated end to end on staging before review",
          "{t} keeps the error rate below 1% in its first week",
          "{t} is described in the user guide");
      case EDGE_CASES -> List.of(
          "{t} survives a dropped connection and retries without duplicates",
          "{t} rejects empty and oversized input with a clear message",
          "{t} stays correct when two users change the same item at once",
          "{t} handles time zones and daylight-saving changes");
      case DATA -> List.of(
          "{t} keeps an audit trail of who changed what",
          "{t} migrates existing records without loss",
          "{t} accepts Unicode and values up to 10,000 characters",
          "{t} purges personal data after 90 days");
      case USERS -> List.of(
          "{t} is usable with the keyboard and a screen reader",
          "{t} shows its messages in the user's language",
          "{t} gives guests a read-only view",
          "{t} works for users on slow mobile connections");
    };
  }
}

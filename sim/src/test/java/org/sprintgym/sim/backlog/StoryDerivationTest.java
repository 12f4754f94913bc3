package org.sprintgym.sim.backlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sprintgym.sim.config.BacklogCoefficients;

class StoryDerivationTest {
  private static final BacklogCoefficients C = BacklogCoefficients.defaults();

  @Test
  void domainFromTagsThenTitleThenDescription() {
    assertEquals("frontend", StoryDerivation.domain(List.of(), "Settings page", ""));
    assertEquals("devops", StoryDerivation.domain(List.of("docker"), "Settings page", ""));
    assertEquals("database", StoryDerivation.domain(List.of(), "Orders", "Add a schema migration"));
    assertEquals("ml", StoryDerivation.domain(List.of(), "Model training job", ""));
    assertEquals("data", StoryDerivation.domain(List.of(), "Nightly ETL of orders", ""));
    assertEquals("backend", StoryDerivation.domain(List.of(), "Order totals", "Compute totals"));
  }

  @Test
  void vagueShortStoriesAreMoreAmbiguousThanSpecificOnes() {
    double vague = StoryDerivation.ambiguity("Handle errors", "Support various errors etc",
        List.of("Errors handled appropriately"), 5, List.of(), C);
    double specific = StoryDerivation.ambiguity("Reject bad ids", "As a client I get 400 for a bad id",
        List.of("GET /x/abc returns 400", "Body names the field 'id'", "Ids over 36 chars are rejected"),
        2, List.of(new AcceptanceScenario("bad id", List.of("a"), List.of("b"), List.of("c"))), C);
    assertEquals(0.95, vague, "clamped at the top");
    assertEquals(0.05, specific, "clamped at the bottom");
  }

  @Test
  void riskRisesWithSizeAndRiskyFeatures() {
    double small = StoryDerivation.technicalRisk(1, List.of("Rename a label"), C);
    double big = StoryDerivation.technicalRisk(8, List.of("Rename a label"), C);
    double risky = StoryDerivation.technicalRisk(1, List.of("API rate limiting", "WebSocket"), C);
    assertEquals(0.09, small, 1e-9);
    assertTrue(big > small);
    assertEquals(0.09 + 0.24, risky, 1e-9);
  }

  @Test
  void codebaseAreaUsesTheAreaTableThenTheTitle() {
    assertEquals("backend/auth", StoryDerivation.codebaseArea("backend", "Password reset", List.of(), ""));
    assertEquals("frontend/search",
        StoryDerivation.codebaseArea("frontend", "Full-text message search", List.of(), ""));
    assertEquals("backend/version", StoryDerivation.codebaseArea("backend", "Version endpoint", List.of(), ""));
  }

  @Test
  void languagePrefersTagsThenWebLanguagesForFrontend() {
    List<String> langs = List.of("python", "typescript");
    assertEquals("python", StoryDerivation.language(List.of(), "backend", langs));
    assertEquals("typescript", StoryDerivation.language(List.of(), "frontend", langs));
    assertEquals("typescript", StoryDerivation.language(List.of("typescript"), "backend", langs));
    assertEquals("python", StoryDerivation.language(List.of(), "backend", List.of()));
  }

  @Test
  void hiddenCriteriaCountFollowsAmbiguityAndSize() {
    int clear = 0;
    int vague = 0;
    for (int i = 0; i < 400; i++) {
      clear += StoryDerivation.hiddenCriteria("S-" + i, "Thing", 0.1, 2, 5, C).size();
      var h = StoryDerivation.hiddenCriteria("S-" + i, "Thing", 0.9, 8, 5, C);
      vague += h.size();
      assertEquals(h.size(), h.stream().map(HiddenCriterion::dimension).distinct().count());
      for (HiddenCriterion c : h) {
        assertTrue(c.text().startsWith("S-" + i + ": thing ")
            && c.text().endsWith("(" + c.dimension().key() + ")"), c.text());
      }
    }
    // expected per story: 0.1 * (1 + 2/3) = 0.17 and min(5, 0.9 * (1 + 8/3)) = 3.3
    assertEquals(0.17, clear / 400.0, 0.06);
    assertEquals(3.3, vague / 400.0, 0.2);
  }
}

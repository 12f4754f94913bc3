package org.sprintgym.sim.backlog;

import java.util.List;
import org.sprintgym.agents.Requires;

/**
 * The AAT {@code product:} section, plus SprintGym's technical-debt level.
 *
 * @param name product name
 * @param description product description
 * @param languages implementation languages, first = default for stories that name none
 * @param techStack tools and frameworks
 * @param repository greenfield or brownfield
 * @param technicalDebt how much existing debt slows work and breeds defects, in [0, 1]
 */
public record Product(
    String name,
    String description,
    List<String> languages,
    List<String> techStack,
    RepositoryType repository,
    double technicalDebt) {

  public Product {
    name = name == null ? "" : name;
    description = description == null ? "" : description;
    languages = List.copyOf(languages);
    techStack = List.copyOf(techStack);
    Requires.nonNull(repository, "product repository type");
    Requires.unit(technicalDebt, "product technical_debt");
  }
}

package org.sprintgym;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point down: agents (the team's members) under the simulator's world, the world under
 * its episode/env layer, the trainer (policy) on the env contract, evaluation on the trainer, and
 * the command line, servers and sweeps on top. Lives in the top module so every module's classes
 * are on the classpath. The rules name packages, not modules, so they hold wherever the curriculum
 * lives under {@code org.sprintgym.evaluation} or {@code org.sprintgym.scenarios}.
 */
class ArchitectureTest {
  /** The simulated world: everything in sim except the RL layer (episodes and envs). */
  private static final String[] SIM_WORLD = {
    "org.sprintgym.sim.world..",
    "org.sprintgym.sim.kernel..",
    "org.sprintgym.sim.backlog..",
    "org.sprintgym.sim.config..",
    "org.sprintgym.sim.io.."
  };

  private static final String[] SIM_RL_LAYER = {"org.sprintgym.sim.episode..", "org.sprintgym.sim.env.."};

  /** The top module: scenario scripts, the command line, the servers and the sweeps. */
  private static final String[] TOP = {
    "org.sprintgym.scenarios..", "org.sprintgym.cli..", "org.sprintgym.serve..", "org.sprintgym.sweep.."
  };

  private static JavaClasses classes;

  @BeforeAll
  static void importProductionClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.sprintgym");
  }

  @Test
  void everyModuleIsImported() {
    // a rule over an empty import would pass without checking anything
    assertThat(classes.contain("org.sprintgym.agents.Member")).isTrue();
    assertThat(classes.contain("org.sprintgym.sim.world.TeamSimulation")).isTrue();
    assertThat(classes.contain("org.sprintgym.sim.env.Env")).isTrue();
    assertThat(classes.contain("org.sprintgym.policy.ppo.PpoTrainer")).isTrue();
    assertThat(classes.contain("org.sprintgym.evaluation.GraduationCriterion")).isTrue();
    assertThat(classes.contain("org.sprintgym.cli.SprintGymCli")).isTrue();
  }

  @Test
  void agentsKnowNothingOfTheSimulator() {
    check(
        noClasses()
            .that()
            .resideInAPackage("org.sprintgym.agents..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.sprintgym.sim..", "org.sprintgym.policy..", "org.sprintgym.evaluation..")
            .because("the team's members are plain descriptions the simulator reads"));
  }

  @Test
  void theWorldIsIgnorantOfEpisodesAndEnvs() {
    check(
        noClasses()
            .that()
            .resideInAnyPackage(SIM_WORLD)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(SIM_RL_LAYER)
            .because("the world runs headless; episodes are cut out of it, never the reverse"));
  }

  @Test
  void theSimulatorIsIgnorantOfTrainerEvaluationAndFrontEnds() {
    check(
        noClasses()
            .that()
            .resideInAPackage("org.sprintgym.sim..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(concat(TOP, "org.sprintgym.policy..", "org.sprintgym.evaluation.."))
            .because("sim is headless and ignorant of policy, evaluation and report formats"));
  }

  @Test
  void theTrainerDoesNotDependOnEvaluationOrFrontEnds() {
    check(
        noClasses()
            .that()
            .resideInAPackage("org.sprintgym.policy..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(concat(TOP, "org.sprintgym.evaluation.."))
            .because("the trainer sits under evaluation and the command line"));
  }

  @Test
  void evaluationDoesNotDependOnFrontEnds() {
    check(
        noClasses()
            .that()
            .resideInAPackage("org.sprintgym.evaluation..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(TOP)
            .because("evaluation (and the curriculum it runs) may use the trainer, never the CLI"));
  }

  private static final ArchRule ONLY_SWEEPS_USE_SPARK =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.sprintgym.sweep..")
          .and()
          .resideInAPackage("org.sprintgym..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.apache.spark..")
          .because("Spark distributes sweeps; it stays out of the simulator and the training path");

  @Test
  void onlyTheSweepsUseSpark() {
    check(ONLY_SWEEPS_USE_SPARK);
  }

  @Test
  void theSparkRuleCatchesAClassOutsideTheSweeps() {
    JavaClasses offender = new ClassFileImporter().importClasses(SparkOutsideSweeps.class);
    assertThat(ONLY_SWEEPS_USE_SPARK.evaluate(offender).hasViolation()).isTrue();
  }

  /** A class in org.sprintgym (outside the sweeps) that reaches for Spark: what the rule forbids. */
  static final class SparkOutsideSweeps {
    org.apache.spark.SparkConf conf() {
      return new org.apache.spark.SparkConf();
    }
  }

  private static void check(ArchRule rule) {
    rule.check(classes);
  }

  private static String[] concat(String[] head, String... tail) {
    String[] all = new String[head.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }
}

package org.sprintgym.cli.options;

import java.nio.file.Path;
import org.sprintgym.policy.ppo.PpoConfig;
import org.sprintgym.policy.train.EnvCatalog;
import org.sprintgym.policy.train.PpoDefaults;
import picocli.CommandLine.Option;

/** {@code --ppo-config FILE} of {@code train} and {@code bench learn}. */
public final class PpoConfigOption {
  @Option(names = "--ppo-config", description = "PPO settings per environment (YAML of the"
      + " built-in ppo-defaults.yaml's form; default: the built-in settings)")
  private Path ppoConfig;

  /** The file given, or null for the built-in settings. */
  public Path ppoConfig() {
    return ppoConfig;
  }

  /** PPO settings for {@code envName}: from the file given, else the built-in ones. */
  public PpoConfig configFor(String envName) {
    return ppoConfig == null ? EnvCatalog.defaultConfig(envName)
        : PpoDefaults.load(ppoConfig).configFor(envName);
  }
}

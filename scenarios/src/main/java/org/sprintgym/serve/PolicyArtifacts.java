package org.sprintgym.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.sprintgym.policy.io.AdapterFile;
import org.sprintgym.policy.io.Checkpoint;
import org.sprintgym.policy.nn.ActorCritic;
import org.sprintgym.evaluation.curriculum.NetArchive;
import org.sprintgym.sim.io.InputError;

/**
 * The network a policy server answers with, found in a run folder written by
 * {@code sprintgym train}: {@code DIR/checkpoint.bin} (base and adapters) and
 * {@code DIR/adapters/NAME.adapter} (adapters saved alone), or by a curriculum run:
 * {@code DIR/checkpoint/net.bin} (base and adapters v1..vK). The chosen adapter is merged into the
 * base once at load, so inference costs what the base alone costs.
 *
 * @param net the network to act with (merged, no adapters)
 * @param env the env the run trained on
 * @param adapter the adapter served ({@link ActorCritic#BASE} for none)
 * @param run the run folder
 */
public record PolicyArtifacts(ActorCritic net, String env, String adapter, Path run) {
  static final String CHECKPOINT = "checkpoint.bin";
  /** Where a curriculum run keeps its network (base and adapters v1..vK). */
  static final String CURRICULUM_NET = "checkpoint/net.bin";

  /**
   * Loads {@code run}'s checkpoint and activates {@code adapter}: null for the adapter the run
   * trained, {@code base}, an adapter the checkpoint holds, or one in {@code run/adapters/}.
   */
  public static PolicyArtifacts load(Path run, String adapter) {
    Path ckpt = run.resolve(CHECKPOINT);
    Path curriculum = run.resolve(CURRICULUM_NET);
    ActorCritic net;
    String env;
    String trained;
    if (Files.isRegularFile(ckpt)) {
      Checkpoint c = Checkpoint.read(ckpt);
      c.layout().requireMatches(org.sprintgym.policy.train.EnvCatalog.factory(c.env()).apply(0)
          .observationSpace(), ckpt, c.env());
      net = c.net();
      env = c.env();
      trained = c.trainedAdapter();
    } else if (Files.isRegularFile(curriculum)) {
      net = NetArchive.read(curriculum);
      env = "curriculum";
      trained = net.adapters().keySet().stream().max(String::compareTo)
          .orElse(ActorCritic.BASE); // the last stage's adapter
    } else {
      throw InputError.option("--run", "no " + CHECKPOINT + " or " + CURRICULUM_NET + " in "
          + run, "a run folder written by 'sprintgym train' or by a curriculum 'sprintgym run'");
    }
    String name = adapter != null ? adapter : trained;
    if (!name.equals(ActorCritic.BASE) && !net.adapters().containsKey(name)) {
      Path file = run.resolve("adapters").resolve(name + ".adapter");
      if (!Files.isRegularFile(file)) {
        throw InputError.option("--adapter", "no adapter '" + name + "' in " + run,
            String.join(", ", available(run, net)));
      }
      AdapterFile.load(file, net);
    }
    net.activate(name);
    return new PolicyArtifacts(net.merged(), env, name, run);
  }

  private static List<String> available(Path run, ActorCritic net) {
    var names = new TreeSet<String>(net.adapters().keySet());
    Path dir = run.resolve("adapters");
    if (Files.isDirectory(dir)) {
      try (Stream<Path> s = Files.list(dir)) {
        s.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".adapter"))
            .forEach(f -> names.add(f.substring(0, f.length() - ".adapter".length())));
      } catch (IOException e) {
        // the list is only a hint in an error message
      }
    }
    var out = new ArrayList<String>();
    out.add(ActorCritic.BASE);
    out.addAll(names);
    return out;
  }

  /** For the start-up line, e.g. {@code cartpole adapter v1 from runs/x}. */
  public String describe() {
    return env + " " + (adapter.equals(ActorCritic.BASE) ? "base" : "adapter " + adapter)
        + " from " + run;
  }
}

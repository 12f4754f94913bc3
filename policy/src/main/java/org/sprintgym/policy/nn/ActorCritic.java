package org.sprintgym.policy.nn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.sprintgym.policy.ActionMode;
import org.sprintgym.policy.ObservationBatch;
import org.sprintgym.policy.Policy;
import org.sprintgym.policy.PolicyOutput;
import org.sprintgym.policy.Rng;

/**
 * Separate actor and critic MLPs over one flat base parameter block, with orthogonal
 * initialisation (gain sqrt 2 on hidden layers, 0.01 on the policy head, 1 on the value head, zero
 * biases) as in SB3 and CleanRL, and named LoRA adapters of which at most one is active for
 * training; inference can mix adapters per sample. Forward and backward are hand-written on ND4J
 * matrices: one batched call per layer, the distribution maths in plain Java.
 *
 * <p>Not thread-safe: layers keep the last forward's activations for the backward pass.
 */
public final class ActorCritic implements Policy {

  /** Name that selects the base network (no adapter) in mixed batches. */
  public static final String BASE = "base";
  private static final String WORKSPACE = "actor-critic-inference";

  private final ActorCriticSpec spec;
  private final ParameterBlock base;
  private final Mlp actor;
  private final Mlp critic;
  private final Map<String, Adapter> adapters = new LinkedHashMap<>();
  private Adapter active; // null: the base acts (and trains) alone

  private ActorCritic(ActorCriticSpec spec, DataType type) {
    this.spec = spec;
    this.base = new ParameterBlock(spec.parameterCount(), type);
    this.actor = build("actor", spec.actorWidths());
    this.critic = build("critic", spec.criticWidths());
    if (!base.full()) {
      throw new IllegalStateException("network layout does not fill its parameter block");
    }
  }

  /** A freshly initialised network; {@code initRng} is consumed for the orthogonal matrices. */
  public static ActorCritic create(ActorCriticSpec spec, DataType type, Rng initRng) {
    var net = new ActorCritic(spec, type);
    net.initialise(net.actor, 0.01, initRng);
    net.initialise(net.critic, 1.0, initRng);
    return net;
  }

  /** A network with the given flat base parameters (e.g. from a checkpoint). */
  public static ActorCritic withParameters(ActorCriticSpec spec, INDArray flat) {
    var net = new ActorCritic(spec, flat.dataType());
    if (flat.length() != net.base.size()) {
      throw new IllegalArgumentException("expected " + net.base.size() + " parameters for " + spec
          + " but got " + flat.length());
    }
    net.base.values().assign(flat.reshape(flat.length()));
    return net;
  }

  private Mlp build(String prefix, List<Integer> widths) {
    List<Linear> layers = new ArrayList<>();
    for (int i = 0; i + 1 < widths.size(); i++) {
      int in = widths.get(i);
      int out = widths.get(i + 1);
      layers.add(new Linear(in, out, base.take(prefix + "." + i + ".w", in, out),
          base.take(prefix + "." + i + ".b", out)));
    }
    return new Mlp(layers);
  }

  private void initialise(Mlp mlp, double headGain, Rng rng) {
    List<Linear> layers = mlp.layers();
    for (int i = 0; i < layers.size(); i++) {
      Linear l = layers.get(i);
      double gain = i == layers.size() - 1 ? headGain : Math.sqrt(2);
      // PyTorch weights are out x in; ours are stored transposed (in x out)
      double[] torchLayout = OrthogonalInit.matrix(l.out(), l.in(), gain, rng);
      l.weight().assign(Tensors.matrix(torchLayout, l.out(), l.in(), base.dataType()).transpose());
    }
  }

  public ActorCriticSpec spec() {
    return spec;
  }

  @Override
  public int observationSize() {
    return spec.observationSize();
  }

  @Override
  public int actionCount() {
    return spec.actionCount();
  }

  public DataType dataType() {
    return base.dataType();
  }

  /** The base parameters (frozen while an adapter is active). */
  public ParameterBlock baseParameters() {
    return base;
  }

  /** The parameters that training updates: the active adapter's, else the base's. */
  public ParameterBlock trainableParameters() {
    return active == null ? base : active.parameters();
  }

  /** Logits ({@code n x actions}) and values ({@code n x 1}) of one forward pass. */
  public record Forward(INDArray logits, INDArray values) {}

  /** Forward pass of both networks over {@code n} observations, remembered for backward. */
  public Forward forward(INDArray observations) {
    return new Forward(actor.forward(observations), critic.forward(observations));
  }

  /** Critic only, for bootstrap values. */
  public double[] values(float[] observations, int n) {
    try (var ws = Workspaces.scope(WORKSPACE)) {
      return Tensors.toDoubles(critic.forward(
          Tensors.matrix(observations, n, spec.observationSize(), base.dataType())));
    }
  }

  /**
   * Backward pass for the last {@link #forward}: writes gradients of the loss with respect to the
   * trainable parameters, given its gradients with respect to logits and values.
   */
  public void backward(INDArray dLogits, INDArray dValues) {
    boolean trainBase = active == null;
    actor.backward(dLogits, trainBase);
    critic.backward(dValues, trainBase);
  }

  @Override
  public PolicyOutput act(ObservationBatch batch, ActionMode mode, Rng rng) {
    requireShape(batch);
    try (var ws = Workspaces.scope(WORKSPACE)) {
      return decide(batch, mode, rng);
    }
  }

  private PolicyOutput decide(ObservationBatch batch, ActionMode mode, Rng rng) {
    int n = batch.size();
    int a = spec.actionCount();
    Forward f = forward(Tensors.matrix(batch.observations(), n, spec.observationSize(),
        base.dataType()));
    double[] logp = MaskedCategorical.logSoftmax(Tensors.toDoubles(f.logits()), batch.masks(), n,
        a);
    double[] values = Tensors.toDoubles(f.values());
    int[] actions = new int[n];
    double[] chosen = new double[n];
    for (int i = 0; i < n; i++) {
      actions[i] = MaskedCategorical.choose(logp, i, a, mode, rng);
      chosen[i] = logp[i * a + actions[i]];
    }
    return new PolicyOutput(actions, chosen, values);
  }

  private void requireShape(ObservationBatch batch) {
    if (batch.observationSize() != spec.observationSize()
        || batch.actionCount() != spec.actionCount()) {
      throw new IllegalArgumentException("batch has observation size " + batch.observationSize()
          + " and " + batch.actionCount() + " actions; the network expects "
          + spec.observationSize() + " and " + spec.actionCount());
    }
  }

  // ---- adapters ----

  /** Adds a fresh adapter (A from {@code rng}, B zero); it is not activated. */
  public Adapter addAdapter(String name, LoraConfig config, Rng rng) {
    requireNewName(name);
    Adapter adapter = Adapter.create(name, config, allLayers(), headIndexes(), base.dataType(), rng);
    adapters.put(name, adapter);
    return adapter;
  }

  /** Adds an adapter with saved parameters (see {@code AdapterFile}). */
  public Adapter addAdapter(String name, LoraConfig config, INDArray parameters) {
    Adapter adapter = addAdapter(name, config, Rng.seeded(0));
    if (parameters.length() != adapter.parameters().size()) {
      adapters.remove(name);
      throw new IllegalArgumentException("adapter " + name + " needs " + adapter.parameters().size()
          + " parameters for this network and config but the data has " + parameters.length());
    }
    adapter.parameters().values().assign(parameters.reshape(parameters.length()));
    return adapter;
  }

  private void requireNewName(String name) {
    if (name == null || name.isBlank() || name.equals(BASE) || !name.matches("[A-Za-z0-9_.-]+")) {
      throw new IllegalArgumentException("adapter name must match [A-Za-z0-9_.-]+ and not be '"
          + BASE + "' but was '" + name + "'");
    }
    if (adapters.containsKey(name)) {
      throw new IllegalArgumentException("adapter " + name + " already exists");
    }
  }

  public Map<String, Adapter> adapters() {
    return Map.copyOf(adapters);
  }

  /** Makes {@code name} the adapter used by forward passes and training ({@link #BASE}: none). */
  public void activate(String name) {
    if (name.equals(BASE)) {
      active = null;
    } else {
      active = adapters.get(name);
      if (active == null) {
        throw new IllegalArgumentException("no adapter named " + name + " (known: "
            + adapters.keySet() + ")");
      }
    }
    List<Linear> layers = allLayers();
    for (int i = 0; i < layers.size(); i++) {
      layers.get(i).activate(active == null ? null : active.delta(i),
          active == null ? null : active.head(i));
    }
  }

  public Optional<String> activeAdapter() {
    return Optional.ofNullable(active).map(Adapter::name);
  }

  /**
   * Acts on a batch whose samples name their adapter ({@link #BASE} for none): each group runs as
   * one sub-batch, results go back to the samples' places. The active adapter is restored after.
   */
  public PolicyOutput actMixed(ObservationBatch batch, List<String> adapterPerSample,
      ActionMode mode, Rng rng) {
    return new MixedBatch(this, batch, adapterPerSample).run(mode, rng);
  }

  /** A new network whose base has the active adapter folded in, with no adapters. */
  public ActorCritic merged() {
    var net = withParameters(spec, base.values().dup());
    if (active == null) {
      return net;
    }
    List<Linear> src = allLayers();
    List<Linear> dst = net.allLayers();
    for (int i = 0; i < src.size(); i++) {
      LowRankDelta d = active.delta(i);
      HeadOverride h = active.head(i);
      if (d != null) {
        dst.get(i).weight().addi(d.a().mmul(d.b()).muli(d.scale()));
      }
      if (h != null) {
        dst.get(i).weight().assign(h.w());
        dst.get(i).bias().assign(h.b());
      }
    }
    return net;
  }

  List<Linear> allLayers() {
    List<Linear> all = new ArrayList<>(actor.layers());
    all.addAll(critic.layers());
    return all;
  }

  private List<Integer> headIndexes() {
    return List.of(actor.layers().size() - 1, actor.layers().size() + critic.layers().size() - 1);
  }
}

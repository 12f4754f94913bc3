package org.sprintgym.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The batch endpoints: N envs stepped (or reset) by one request, so a vector env over one
 * connection pays one round trip per step instead of N. A batch is all or nothing: every item is
 * checked under its instance's lock before any env steps, and a refused item refuses the batch
 * with a message naming it ({@code item 3 (instance 0000002a): ...}).
 *
 * <p>With {@code "autoreset": true} an item whose episode ends is reset in the same request, as
 * Gymnasium's vector envs do in their same-step mode: {@code observation}, {@code action_mask},
 * {@code info} (and {@code text}) are the new episode's, the last step's are under
 * {@code final_observation} and {@code final_info}. The reset seed is the instance's next one
 * (its previous seed + 1).
 */
final class EnvBatch {
  static final String SEGMENT = "batch";
  /** Most items in one batch; a vector env of more envs splits its batch. */
  static final int MAX_ITEMS = 4096;

  private final Function<String, EnvInstance> instances;

  EnvBatch(Function<String, EnvInstance> instances) {
    this.instances = instances;
  }

  private record Item(int index, EnvInstance instance, JsonNode body) {}

  Map<String, Object> step(JsonNode body) {
    boolean autoreset = flag(body, "autoreset");
    List<Item> items = items(body, "steps");
    return locked(items, () -> {
      int[] actions = new int[items.size()];
      for (Item it : items) {
        actions[it.index] = named(it, () -> it.instance.action(it.body.get("action")));
      }
      var results = new ArrayList<Map<String, Object>>(items.size());
      for (Item it : items) {
        boolean text = it.body.get("action").isTextual();
        Map<String, Object> out = it.instance.step(actions[it.index], text);
        if (autoreset && !it.instance.live()) {
          Map<String, Object> fresh = it.instance.reset(null);
          out.put("final_observation", out.remove("observation"));
          out.put("final_info", out.remove("info"));
          Object finalText = out.remove("text");
          if (finalText != null) {
            out.put("final_text", finalText);
          }
          out.putAll(fresh);
        }
        results.add(out);
      }
      return Map.of("results", results);
    });
  }

  Map<String, Object> reset(JsonNode body) {
    List<Item> items = items(body, "resets");
    var seeds = new Long[items.size()];
    for (Item it : items) {
      seeds[it.index] = named(it, () -> EnvServer.seed(it.body.get("seed")));
    }
    return locked(items, () -> {
      var results = new ArrayList<Map<String, Object>>(items.size());
      for (Item it : items) {
        results.add(it.instance.reset(seeds[it.index]));
      }
      return Map.of("results", results);
    });
  }

  private static boolean flag(JsonNode body, String field) {
    JsonNode f = body.get(field);
    if (f != null && !f.isNull() && !f.isBoolean()) {
      throw HttpProblem.badRequest("'" + field + "' must be true or false but was " + f);
    }
    return f != null && f.asBoolean();
  }

  private List<Item> items(JsonNode body, String field) {
    JsonNode list = body.get(field);
    if (list == null || !list.isArray() || list.isEmpty() || list.size() > MAX_ITEMS) {
      throw HttpProblem.badRequest("'" + field + "' must be an array of 1.." + MAX_ITEMS
          + " objects {\"instance_id\": ..., " + ("steps".equals(field) ? "\"action\": ...}"
          : "\"seed\": ...}") + " but was " + (list == null ? "missing"
          : list.isArray() ? "an array of " + list.size() : list.getNodeType()));
    }
    var out = new ArrayList<Item>(list.size());
    var seen = new HashSet<String>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode it = list.get(i);
      JsonNode id = it.isObject() ? it.get("instance_id") : null;
      if (id == null || !id.isTextual()) {
        throw HttpProblem.badRequest(field + "[" + i + "] must be an object with a string"
            + " 'instance_id'");
      }
      if (!seen.add(id.asText())) {
        throw HttpProblem.badRequest(field + "[" + i + "]: instance '" + id.asText()
            + "' appears twice in one batch");
      }
      int index = i;
      EnvInstance instance = named(new Item(i, null, it), () -> instances.apply(id.asText()));
      out.add(new Item(index, instance, it));
    }
    return out;
  }

  private interface Work<T> {
    T run();
  }

  /** Runs {@code work} holding every item's lock, taken in id order so batches cannot deadlock. */
  private static <T> T locked(List<Item> items, Work<T> work) {
    var order = new ArrayList<>(items);
    order.sort(Comparator.comparing(it -> it.instance.id));
    int held = 0;
    try {
      for (Item it : order) {
        it.instance.lock.lock();
        held++;
      }
      return work.run();
    } finally {
      for (int k = 0; k < held; k++) {
        order.get(k).instance.lock.unlock();
      }
    }
  }

  /** Runs {@code work}; a refusal names the item. */
  private static <T> T named(Item it, Work<T> work) {
    try {
      return work.run();
    } catch (HttpProblem p) {
      String where = it.instance == null ? "" : " (instance " + it.instance.id + ")";
      throw new HttpProblem(p.status(), "item " + it.index + where + ": " + p.getMessage());
    }
  }
}

package org.sprintgym.sim.backlog;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of product {@link BacklogGenerator} can write backlogs for. */
public enum ProductKind {
  CRUD_API,
  DATA_PIPELINE,
  ML_SERVICE,
  FRONTEND_SPA,
  CLI_TOOL,
  LIBRARY;

  /** The command-line and file spelling, e.g. {@code crud_api}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ProductKind> fromKey(String key) {
    return Arrays.stream(values()).filter(k -> k.key().equals(key)).findFirst();
  }

  public static List<String> keys() {
    return Arrays.stream(values()).map(ProductKind::key).toList();
  }
}

package org.sprintgym.sim.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The JSON conventions of every SprintGym output file: snake_case keys, record components in
 * declaration order, map entries in insertion order, no timestamps. One mapper per caller (no
 * shared static state); mappers are cheap to build once per run.
 */
public final class Json {
  private Json() {}

  /** A mapper for output files and JSONL lines (compact). */
  public static ObjectMapper mapper() {
    return JsonMapper.builder()
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .build();
  }

  /** The same conventions, pretty-printed, for summary and provenance files. */
  public static ObjectMapper prettyMapper() {
    ObjectMapper m = mapper();
    m.enable(SerializationFeature.INDENT_OUTPUT);
    return m;
  }
}

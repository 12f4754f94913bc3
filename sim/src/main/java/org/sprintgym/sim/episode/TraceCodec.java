package org.sprintgym.sim.episode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.sprintgym.sim.io.Json;

/** Episode traces as JSONL (one {@link EpisodeTrace} per line, the project's snake_case keys). */
public final class TraceCodec {
  private final ObjectMapper mapper = Json.mapper();

  public String toLine(EpisodeTrace trace) {
    try {
      return mapper.writeValueAsString(trace);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the trace of episode " + trace.seed(), e);
    }
  }

  public EpisodeTrace fromLine(String line) {
    try {
      return mapper.readValue(line, EpisodeTrace.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not an episode trace: " + e.getOriginalMessage(), e);
    }
  }

  public void write(List<EpisodeTrace> traces, Writer out) throws IOException {
    for (EpisodeTrace t : traces) {
      out.write(toLine(t));
      out.write('\n');
    }
  }

  public List<EpisodeTrace> read(BufferedReader in) throws IOException {
    var out = new ArrayList<EpisodeTrace>();
    String line;
    while ((line = in.readLine()) != null) {
      if (!line.isBlank()) {
        out.add(fromLine(line));
      }
    }
    return out;
  }
}

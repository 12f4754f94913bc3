package org.sprintgym.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.sprintgym.cli.io.OutputDirectory;
import org.sprintgym.sim.io.Json;

/**
 * CSV copies of the JSONL results for spreadsheets and pandas (Jackson's CSV module): one column
 * per scalar field, nested fields (lists, maps) left to the JSONL files.
 */
final class CsvTables {
  private static final CsvMapper CSV = new CsvMapper();

  private CsvTables() {}

  /** Rows of {@code records} with their seed first, scalar fields only, in field order. */
  static List<Map<String, Object>> rows(List<?> records, List<Long> seeds) {
    ObjectMapper json = Json.mapper();
    var rows = new ArrayList<Map<String, Object>>();
    for (int i = 0; i < records.size(); i++) {
      var row = new LinkedHashMap<String, Object>();
      row.put("seed", seeds.get(i));
      JsonNode node = json.valueToTree(records.get(i));
      node.fields().forEachRemaining(e -> {
        if (e.getValue().isValueNode()) {
          row.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().isNumber()
              ? e.getValue().numberValue() : e.getValue().asText());
        }
      });
      rows.add(row);
    }
    return rows;
  }

  /** The CSV text: a header of every column that any row has, then the rows. */
  static String text(List<Map<String, Object>> rows) {
    var columns = new LinkedHashSet<String>();
    rows.forEach(r -> columns.addAll(r.keySet()));
    var b = CsvSchema.builder();
    columns.forEach(b::addColumn);
    try {
      return CSV.writer(b.build().withHeader().withNullValue("")).writeValueAsString(rows);
    } catch (IOException e) {
      throw new IllegalStateException("CSV of " + columns + " could not be written", e);
    }
  }

  static void write(OutputDirectory dir, String name, List<Map<String, Object>> rows) {
    dir.writeString(name, text(rows));
  }
}

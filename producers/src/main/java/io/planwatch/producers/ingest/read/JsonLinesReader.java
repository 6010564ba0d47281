package io.planwatch.producers.ingest.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.planwatch.domain.model.MilestoneType;
import io.planwatch.producers.ingest.normalize.InvalidValueException;
import io.planwatch.producers.ingest.normalize.Problem;
import io.planwatch.producers.ingest.normalize.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads JSON lines: one object per line, its keys the column names. A {@code milestones} array of
 * {@code {"type": "开工", "planned": "2022-03-01", "actual": "2022-03-15"}} is spread into the {@code
 * planned_start} / {@code actual_start} columns. Blank lines are skipped; locations are physical
 * line numbers.
 */
public final class JsonLinesReader {
  private static final String MILESTONES = "milestones";

  private JsonLinesReader() {}

  /** Reads the decoded text of a JSON lines file. */
  public static Table read(String text, ObjectMapper mapper) {
    Set<String> keys = new LinkedHashSet<>();
    List<Pending> pending = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].trim();
      if (!line.isEmpty()) {
        Pending read = parse(Integer.toString(i + 1), line, mapper);
        if (read.cells() != null) {
          keys.addAll(read.cells().keySet());
        }
        pending.add(read);
      }
    }
    List<String> header = List.copyOf(keys);
    List<Table.Line> rows = new ArrayList<>();
    for (Pending read : pending) {
      if (read.bad() != null) {
        rows.add(read.bad());
      } else {
        rows.add(
            new Table.Row(
                read.location(),
                header.stream().map(key -> read.cells().getOrDefault(key, "")).toList()));
      }
    }
    return new Table(header, "1", rows);
  }

  private static Pending parse(String location, String line, ObjectMapper mapper) {
    try {
      JsonNode node = mapper.readTree(line);
      if (!node.isObject()) {
        return bad(location, "-", line, Problem.INVALID_JSON, "not an object");
      }
      return new Pending(location, flatten(node), null);
    } catch (JsonProcessingException e) {
      return bad(location, "-", line, Problem.INVALID_JSON, e.getOriginalMessage());
    } catch (InvalidValueException e) {
      return bad(location, MILESTONES, line, e.problem(), e.detail());
    }
  }

  private static Pending bad(
      String location, String column, String line, Problem problem, String detail) {
    return new Pending(
        location, null, new Table.BadRow(location, column, shorten(line), problem, detail));
  }

  /** One line: its cells by key, or why it could not be read. */
  private record Pending(String location, Map<String, String> cells, Table.BadRow bad) {}

  private static Map<String, String> flatten(JsonNode node) {
    Map<String, String> flat = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      JsonNode value = field.getValue();
      if (MILESTONES.equals(field.getKey()) && value.isArray()) {
        for (JsonNode milestone : value) {
          MilestoneType type = Vocabulary.MILESTONES.parse(milestone.path("type").asText(""));
          String suffix = type.name().toLowerCase(Locale.ROOT);
          flat.put("planned_" + suffix, text(milestone.path("planned")));
          flat.put("actual_" + suffix, text(milestone.path("actual")));
        }
      } else {
        flat.put(field.getKey(), text(value));
      }
    }
    return flat;
  }

  private static String text(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return "";
    }
    if (value.isNumber()) {
      return JsonNumbers.text(value);
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }

  private static String shorten(String line) {
    return line.length() <= 60 ? line : line.substring(0, 57) + "...";
  }
}

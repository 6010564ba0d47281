package io.planwatch.producers.ingest.read;

import com.fasterxml.jackson.databind.JsonNode;
import io.planwatch.producers.ingest.normalize.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads an SDMX-JSON data message (2.0, and 1.0 with or without the {@code data} wrapper) into a
 * table: one row per observation, one column per dimension (data-set, series and observation
 * level), per measure ({@code OBS_VALUE}) and per attribute. Keys are positional: series {@code
 * "0:1:0"} picks the value at each position of {@code structure.dimensions.series}, and an
 * observation {@code [value, a0, a1…]} carries the measure values, then indices into {@code
 * structure.attributes.observation}. Flat data sets ({@code dataSets[].observations} keyed by all
 * dimensions) are read too. Row locations are JSON pointers.
 */
public final class SdmxJsonReader {
  /** The column carrying each data set's {@code action} (Information, Replace, Delete…). */
  public static final String ACTION = "ACTION";

  private SdmxJsonReader() {}

  /** Reads a parsed message. */
  public static Table read(JsonNode message) {
    String prefix = message.has("data") ? "/data" : "";
    JsonNode data = message.has("data") ? message.get("data") : message;
    JsonNode dataSets = data.path("dataSets");
    if (!dataSets.isArray() || dataSets.isEmpty()) {
      return invalid(prefix + "/dataSets", "no dataSets");
    }
    List<String> header = null;
    List<Table.Line> rows = new ArrayList<>();
    for (int d = 0; d < dataSets.size(); d++) {
      JsonNode dataSet = dataSets.get(d);
      String where = prefix + "/dataSets/" + d;
      JsonNode structure = structure(data, dataSet.path("structure").asInt(0));
      if (structure == null) {
        return invalid(where, "no structure for this data set");
      }
      SdmxStructure layout = SdmxStructure.of(structure);
      List<String> columns = new ArrayList<>(layout.header());
      columns.add(ACTION);
      if (header == null) {
        header = columns;
      } else if (!header.equals(columns)) {
        return invalid(where, "data sets with different structures");
      }
      List<Integer> dataSetAttributes = indices(dataSet.path("attributes"));
      String action = dataSet.path("action").asText("");
      if (dataSet.has("series")) {
        for (Map.Entry<String, JsonNode> entry : dataSet.get("series").properties()) {
          String seriesWhere = where + "/series/" + pointer(entry.getKey());
          readObservations(
              layout,
              dataSetAttributes,
              entry.getKey(),
              indices(entry.getValue().path("attributes")),
              entry.getValue().path("observations"),
              action,
              seriesWhere,
              rows);
        }
      } else {
        readObservations(
            layout,
            dataSetAttributes,
            null,
            List.of(),
            dataSet.path("observations"),
            action,
            where,
            rows);
      }
    }
    return new Table(header, prefix + "/structure", rows);
  }

  private static void readObservations(
      SdmxStructure layout,
      List<Integer> dataSetAttributes,
      String seriesKey,
      List<Integer> seriesAttributes,
      JsonNode observations,
      String action,
      String where,
      List<Table.Line> rows) {
    for (Map.Entry<String, JsonNode> obs : observations.properties()) {
      String location = where + "/observations/" + pointer(obs.getKey());
      try {
        List<String> cells =
            new ArrayList<>(
                layout.row(
                    dataSetAttributes, seriesKey, seriesAttributes, obs.getKey(), obs.getValue()));
        cells.add(action);
        rows.add(new Table.Row(location, cells));
      } catch (IllegalArgumentException e) {
        rows.add(
            new Table.BadRow(location, "-", obs.getKey(), Problem.INVALID_SDMX, e.getMessage()));
      }
    }
  }

  private static JsonNode structure(JsonNode data, int index) {
    if (data.has("structures")) {
      JsonNode found = data.get("structures").get(index);
      return found == null || found.isNull() ? null : found;
    }
    return data.has("structure") ? data.get("structure") : null;
  }

  private static List<Integer> indices(JsonNode array) {
    List<Integer> out = new ArrayList<>();
    for (JsonNode item : array) {
      out.add(item.isNull() ? null : item.asInt());
    }
    return out;
  }

  private static String pointer(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  private static Table invalid(String where, String detail) {
    return Table.unreadable(where, Problem.INVALID_SDMX, detail);
  }
}

package io.planwatch.producers.ingest.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The layout of an SDMX-JSON structure: its components in column order and how to turn positional
 * keys and attribute indices into cells.
 */
final class SdmxStructure {
  private final List<Component> dataSetDimensions;
  private final List<Component> seriesDimensions;
  private final List<Component> observationDimensions;
  private final List<String> measures;
  private final List<Component> dataSetAttributes;
  private final List<Component> seriesAttributes;
  private final List<Component> observationAttributes;

  private SdmxStructure(JsonNode structure) {
    JsonNode dimensions = structure.path("dimensions");
    JsonNode attributes = structure.path("attributes");
    dataSetDimensions = components(dimensions.path("dataSet"));
    seriesDimensions = components(dimensions.path("series"));
    observationDimensions = components(dimensions.path("observation"));
    dataSetAttributes = components(attributes.path("dataSet"));
    seriesAttributes = components(attributes.path("series"));
    observationAttributes = components(attributes.path("observation"));
    List<String> measureIds = new ArrayList<>();
    for (JsonNode measure : structure.path("measures").path("observation")) {
      measureIds.add(measure.path("id").asText("OBS_VALUE"));
    }
    measures = measureIds.isEmpty() ? List.of("OBS_VALUE") : List.copyOf(measureIds);
  }

  static SdmxStructure of(JsonNode structure) {
    return new SdmxStructure(structure);
  }

  /** Column ids: dimensions, measures, then attributes. */
  List<String> header() {
    List<String> header = new ArrayList<>();
    for (List<Component> group :
        List.of(dataSetDimensions, seriesDimensions, observationDimensions)) {
      group.forEach(c -> header.add(c.id()));
    }
    header.addAll(measures);
    for (List<Component> group :
        List.of(dataSetAttributes, seriesAttributes, observationAttributes)) {
      group.forEach(c -> header.add(c.id()));
    }
    return header;
  }

  /** The cells of one observation, aligned with {@link #header()}. */
  List<String> row(
      List<Integer> dataSetAttributeIndices,
      String seriesKey,
      List<Integer> seriesAttributeIndices,
      String observationKey,
      JsonNode observation) {
    List<String> cells = new ArrayList<>();
    for (Component dimension : dataSetDimensions) {
      cells.add(dimension.value(0, "data-set dimension"));
    }
    if (seriesKey != null) {
      addKey(cells, seriesDimensions, seriesKey, "series key");
    }
    addKey(cells, observationDimensions, observationKey, "observation key");
    if (!observation.isArray()) {
      throw new IllegalArgumentException("an observation is an array [value, attributes…]");
    }
    for (int m = 0; m < measures.size(); m++) {
      cells.add(scalar(observation.get(m)));
    }
    addAttributes(cells, dataSetAttributes, dataSetAttributeIndices);
    addAttributes(cells, seriesAttributes, seriesAttributeIndices);
    List<Integer> obsAttributes = new ArrayList<>();
    for (int i = measures.size(); i < observation.size(); i++) {
      obsAttributes.add(observation.get(i).isNull() ? null : observation.get(i).asInt());
    }
    addAttributes(cells, observationAttributes, obsAttributes);
    return cells;
  }

  private static void addKey(List<String> cells, List<Component> dims, String key, String what) {
    String[] positions = key.isEmpty() ? new String[0] : key.split(":", -1);
    if (positions.length != dims.size()) {
      throw new IllegalArgumentException(
          what
              + " "
              + key
              + " has "
              + positions.length
              + " positions, the structure "
              + dims.size());
    }
    for (int i = 0; i < positions.length; i++) {
      try {
        cells.add(dims.get(i).value(Integer.parseInt(positions[i]), what));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(what + " " + key + " is not positional", e);
      }
    }
  }

  private static void addAttributes(
      List<String> cells, List<Component> attributes, List<Integer> indices) {
    for (int i = 0; i < attributes.size(); i++) {
      Integer index = i < indices.size() ? indices.get(i) : null;
      cells.add(index == null ? "" : attributes.get(i).value(index, "attribute index"));
    }
  }

  private static String scalar(JsonNode node) {
    if (node == null || node.isNull()) {
      return "";
    }
    return node.isNumber() ? JsonNumbers.text(node) : node.asText();
  }

  private static List<Component> components(JsonNode array) {
    List<Component> out = new ArrayList<>();
    for (JsonNode node : array) {
      List<String> values = new ArrayList<>();
      for (JsonNode value : node.path("values")) {
        values.add(value.has("id") ? value.get("id").asText() : scalar(value.path("value")));
      }
      out.add(new Component(node.path("id").asText(), values));
    }
    return out;
  }

  private record Component(String id, List<String> values) {
    String value(int index, String what) {
      if (index < 0 || index >= values.size()) {
        throw new IllegalArgumentException(
            what + " " + index + " is out of range for " + id + " (" + values.size() + " values)");
      }
      return values.get(index);
    }
  }
}

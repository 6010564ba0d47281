package io.planwatch.streams.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.planwatch.avro.IndicatorProgress;
import io.planwatch.avro.PaceAlert;
import io.planwatch.avro.RegionScorecard;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.test.TestRecord;

/**
 * What a run of the topology produced, in the golden files' form: {@code alerts.jsonl} (every alert
 * event, in order, per key), {@code progress.jsonl} (the final progress per key, with the number of
 * progress records the key got) and {@code scorecards.jsonl} (the final scorecard per key). A key
 * whose last record is a tombstone keeps a line with {@code "value":null}.
 */
record GoldenOutputs(GoldenFile alerts, GoldenFile progress, GoldenFile scorecards) {
  static final String ALERTS = "alerts.jsonl";
  static final String PROGRESS = "progress.jsonl";
  static final String SCORECARDS = "scorecards.jsonl";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  static GoldenOutputs of(
      final List<TestRecord<String, PaceAlert>> alerts,
      final List<TestRecord<String, IndicatorProgress>> progress,
      final List<TestRecord<String, RegionScorecard>> scorecards) {
    return new GoldenOutputs(
        GoldenFile.of(ALERTS, everyRecord(alerts)),
        GoldenFile.of(PROGRESS, lastRecord(progress, true)),
        GoldenFile.of(SCORECARDS, lastRecord(scorecards, false)));
  }

  /** The goldens under a class-path folder, e.g. {@code /golden/demo}. */
  static GoldenOutputs read(final String folder) throws IOException {
    return new GoldenOutputs(
        readFile(folder, ALERTS), readFile(folder, PROGRESS), readFile(folder, SCORECARDS));
  }

  void write(final Path dir) {
    alerts.write(dir);
    progress.write(dir);
    scorecards.write(dir);
  }

  /** Every difference of {@code actual} from these goldens, named. */
  List<String> differences(final GoldenOutputs actual) {
    final List<String> found = new ArrayList<>(alerts.differences(actual.alerts));
    found.addAll(progress.differences(actual.progress));
    found.addAll(scorecards.differences(actual.scorecards));
    return found;
  }

  private static GoldenFile readFile(final String folder, final String name) throws IOException {
    final String resource = folder + "/" + name;
    try (InputStream in = GoldenOutputs.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException(
            "No golden file " + resource + " on the class path; record it first (see README.md)");
      }
      return GoldenFile.read(name, in);
    }
  }

  private static <V extends SpecificRecord> List<JsonNode> everyRecord(
      final List<TestRecord<String, V>> records) {
    final Map<String, List<V>> byKey = new TreeMap<>();
    records.forEach(r -> byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r.value()));
    final List<JsonNode> lines = new ArrayList<>();
    byKey.forEach(
        (key, values) -> {
          for (int i = 0; i < values.size(); i++) {
            final ObjectNode line = NODES.objectNode().put(GoldenFile.KEY, key);
            line.put(GoldenFile.POSITION, i + 1);
            lines.add(line.set("value", GoldenJson.of(values.get(i))));
          }
        });
    return lines;
  }

  private static <V extends SpecificRecord> List<JsonNode> lastRecord(
      final List<TestRecord<String, V>> records, final boolean count) {
    final Map<String, TestRecord<String, V>> last = new TreeMap<>();
    final Map<String, Integer> counts = new TreeMap<>();
    records.forEach(
        r -> {
          last.put(r.key(), r);
          counts.merge(r.key(), 1, Integer::sum);
        });
    final List<JsonNode> lines = new ArrayList<>();
    last.forEach(
        (key, record) -> {
          final ObjectNode line = NODES.objectNode().put(GoldenFile.KEY, key);
          if (count) {
            line.put("records", counts.get(key));
          }
          lines.add(line.set("value", GoldenJson.of(record.value())));
        });
    return lines;
  }
}

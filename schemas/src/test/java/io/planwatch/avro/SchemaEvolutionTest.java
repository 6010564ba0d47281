package io.planwatch.avro;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SchemaEvolutionTest {
  static Stream<SchemaHistory.Version> storedVersions() {
    return SchemaHistory.records().stream().flatMap(r -> SchemaHistory.versions(r).stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storedVersions")
  void shouldReadEveryStoredVersionWithTheCurrentSchema(SchemaHistory.Version stored) {
    Schema current = Contracts.current(stored.record());
    var result = SchemaCompatibility.checkReaderWriterCompatibility(current, stored.schema());
    assertThat(result.getType())
        .as("%s must stay readable by the current schema: %s", stored, result.getDescription())
        .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
  }

  @Test
  void shouldKeepASnapshotOfEveryCurrentContractAsItsLatestStoredVersion() {
    List<String> missing = new ArrayList<>();
    for (Class<?> type : Contracts.RECORDS) {
      String name = type.getSimpleName();
      List<SchemaHistory.Version> versions =
          SchemaHistory.records().contains(name) ? SchemaHistory.versions(name) : List.of();
      if (versions.isEmpty()
          || !versions.get(versions.size() - 1).schema().equals(Contracts.current(name))) {
        missing.add(
            name
                + ": add the current schema (expanded, Schema.toString(true)) as schema-history/"
                + name
                + "/v"
                + (versions.size() + 1)
                + ".avsc");
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void shouldHoldAnEarlierSmallerStatisticalObservationThatLacksSource() {
    List<SchemaHistory.Version> versions = SchemaHistory.versions("StatisticalObservation");
    assertThat(versions.get(0).schema().getField("source")).isNull();
    assertThat(Contracts.current("StatisticalObservation").getField("source")).isNotNull();
  }
}

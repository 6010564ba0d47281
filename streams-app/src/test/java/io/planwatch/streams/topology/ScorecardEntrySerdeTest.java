package io.planwatch.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planwatch.avro.DeviationKind;
import io.planwatch.avro.IndicatorProgress;
import io.planwatch.avro.PaceStatus;
import io.planwatch.avro.Period;
import io.planwatch.registry.client.MockSchemaRegistry;
import io.planwatch.topics.AvroValueSerdes;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The compact scorecard input, and the Avro progress records stored before it existed. */
class ScorecardEntrySerdeTest {
  private static final String SCOPE = "scorecard-entry-serde-test";
  private static final String TOPIC = "progress-by-parent-repartition";

  private final Serde<IndicatorProgress> avro =
      AvroValueSerdes.of(Map.of("schema.registry.url", MockSchemaRegistry.MOCK_URL_PREFIX + SCOPE))
          .valueSerde(IndicatorProgress.class);
  private final Serde<ScorecardEntry> serde = ScorecardEntrySerde.of(avro.deserializer());

  @AfterEach
  void dropScope() {
    MockSchemaRegistry.dropScope(SCOPE);
  }

  @Test
  void shouldReadBackWhatItWrote() {
    final ScorecardEntry ranked =
        new ScorecardEntry(
            "gdp", PaceStatus.BEHIND, new Period(2022, 6), DeviationKind.GAP_PP, -1.25);
    final ScorecardEntry unranked =
        new ScorecardEntry("电力", PaceStatus.NOT_EVALUABLE, null, null, null);

    assertThat(roundTrip(ranked)).isEqualTo(ranked);
    assertThat(roundTrip(unranked)).isEqualTo(unranked);
    assertThat(serde.serializer().serialize(TOPIC, null)).isNull();
  }

  @Test
  void shouldReadProgressRecordsWrittenInAvroBeforeTheCompactForm() {
    final IndicatorProgress progress =
        IndicatorProgress.newBuilder()
            .setTargetId("t1")
            .setIndicatorCode("gdp")
            .setRegionCode("210112")
            .setYear(2022)
            .setLatestPeriod(new Period(2022, 6))
            .setDeviationKind(DeviationKind.RATIO)
            .setDeviation(0.97)
            .setStatus(PaceStatus.ON_TRACK)
            .setEvaluatedAt(Instant.parse("2022-07-20T02:00:00Z"))
            .build();

    final byte[] legacy = avro.serializer().serialize(TOPIC, progress);

    assertThat(serde.deserializer().deserialize(TOPIC, legacy))
        .isEqualTo(ScorecardEntry.of(progress));
  }

  @Test
  void shouldNameTheTopicAndTheVersionOfAnUnknownFormat() {
    assertThatThrownBy(() -> serde.deserializer().deserialize(TOPIC, new byte[] {7, 1, 2}))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining(TOPIC)
        .hasMessageContaining("unknown format version at offset 0: 7");
    assertThatThrownBy(() -> serde.deserializer().deserialize(TOPIC, new byte[] {1, 0, 0}))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("malformed 3-byte value");
  }

  private ScorecardEntry roundTrip(final ScorecardEntry entry) {
    return serde.deserializer().deserialize(TOPIC, serde.serializer().serialize(TOPIC, entry));
  }
}

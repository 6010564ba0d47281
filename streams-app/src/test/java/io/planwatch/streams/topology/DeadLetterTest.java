package io.planwatch.streams.topology;

import static io.planwatch.avro.Measure.YTD_GROWTH;
import static org.assertj.core.api.Assertions.assertThat;

import io.planwatch.avro.Measure;
import io.planwatch.avro.PlanTarget;
import io.planwatch.avro.ProjectStatus;
import io.planwatch.avro.ProjectUpdate;
import io.planwatch.avro.StatisticalObservation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Poison pills and invalid records go to the dead-letter topic; the next good record is fine. */
class DeadLetterTest extends TopologyTestBase {
  static final String IVA = RevisionHandlingTest.IVA;
  static final String SHENYANG = RevisionHandlingTest.SHENYANG;

  @BeforeEach
  void catalogue() {
    shenyangIndustry();
  }

  @Test
  void shouldDeadLetterPoisonPillWithContextAndProcessTheNextRecord() {
    final byte[] garbage = "not avro at all".getBytes(StandardCharsets.UTF_8);
    rawObservations.pipeInput("industrial_value_added|210100|2022-06|YTD_GROWTH", garbage);
    observe(IVA, SHENYANG, 2022, 6, YTD_GROWTH, 5.1, "r-2022-06", 0);

    final List<TestRecord<byte[], byte[]>> dead = deadLetterRecords();
    assertThat(dead).hasSize(1);
    final TestRecord<byte[], byte[]> letter = dead.get(0);
    assertThat(letter.value()).as("the original bytes, replayable").isEqualTo(garbage);
    assertThat(new String(letter.key(), StandardCharsets.UTF_8))
        .isEqualTo("industrial_value_added|210100|2022-06|YTD_GROWTH");
    final Headers headers = letter.headers();
    assertThat(header(headers, DeadLetterHeaders.SOURCE_TOPIC))
        .isEqualTo(topics.observations().name());
    assertThat(header(headers, DeadLetterHeaders.SOURCE_PARTITION)).isEqualTo("0");
    assertThat(header(headers, DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("0");
    assertThat(header(headers, DeadLetterHeaders.APPLICATION_ID)).isEqualTo(APP_ID);
    assertThat(header(headers, DeadLetterHeaders.STAGE)).isEqualTo("DESERIALIZATION");
    assertThat(header(headers, DeadLetterHeaders.REASON)).isEqualTo("MALFORMED");
    assertThat(header(headers, DeadLetterHeaders.EXCEPTION_CLASS)).isNotBlank();
    assertThat(header(headers, DeadLetterHeaders.STACKTRACE)).isNotBlank();
    assertThat(progressValues()).hasSize(1);
    assertThat(counter("planwatch.dlq.records", "stage", "DESERIALIZATION", "reason", "MALFORMED"))
        .isEqualTo(1.0);
  }

  @Test
  void shouldDeadLetterInvalidRecordWithItsFieldAndProcessTheNextRecord() {
    final StatisticalObservation bad =
        AvroFixtures.observation(IVA, SHENYANG, 2022, 5, YTD_GROWTH, 4.0, "r-2022-05", -1);
    observations.pipeInput(SeriesKeys.observation(bad), bad);
    observe(IVA, SHENYANG, 2022, 6, YTD_GROWTH, 5.1, "r-2022-06", 0);

    final List<TestRecord<byte[], byte[]>> dead = deadLetterRecords();
    assertThat(dead).hasSize(1);
    final Headers headers = dead.get(0).headers();
    assertThat(header(headers, DeadLetterHeaders.STAGE)).isEqualTo("PROCESSING");
    assertThat(header(headers, DeadLetterHeaders.REASON)).isEqualTo("INVALID_VALUE");
    assertThat(header(headers, DeadLetterHeaders.PROCESSOR)).isEqualTo("validate-observations");
    assertThat(header(headers, DeadLetterHeaders.EXCEPTION_MESSAGE)).contains("revision", "-1");
    assertThat(header(headers, DeadLetterHeaders.SOURCE_TOPIC))
        .isEqualTo(topics.observations().name());
    assertThat(dead.get(0).value())
        .as("the original bytes")
        .isEqualTo(topics.observations().valueSerde(serdes).serializer().serialize("x", bad));
    assertThat(progressValues()).extracting(p -> p.getLatestPeriod().getMonth()).containsExactly(6);
    assertThat(counter("planwatch.dlq.records", "stage", "PROCESSING", "reason", "INVALID_VALUE"))
        .isEqualTo(1.0);
  }

  @Test
  void shouldDeadLetterObservationOfUnknownIndicatorOrWrongMeasure() {
    final StatisticalObservation rateForLevel =
        AvroFixtures.observation(IVA, SHENYANG, 2022, 6, Measure.RATE, 3.0, "r", 0);
    observations.pipeInput(SeriesKeys.observation(rateForLevel), rateForLevel);
    final StatisticalObservation unknown =
        StatisticalObservation.newBuilder(rateForLevel)
            .setIndicatorCode("no_such_indicator")
            .setMeasure(YTD_GROWTH)
            .build();
    observations.pipeInput(SeriesKeys.observation(unknown), unknown);

    assertThat(deadLetterRecords())
        .extracting(r -> header(r.headers(), DeadLetterHeaders.EXCEPTION_MESSAGE))
        .satisfiesExactly(
            m -> assertThat(m).startsWith("measure: RATE is not a measure of " + IVA),
            m -> assertThat(m).contains("indicatorCode", "no_such_indicator"));
    assertNoMore(progress);
  }

  /**
   * Kafka 4.3 cannot dead-letter from its global thread; the reference stores read bytes and send
   * their poison pills through the topology's own sink, with the same context as the handlers.
   */
  @Test
  void shouldDeadLetterAPoisonPillOnTheRegionsTopicAndKeepTheNextRegion() {
    final byte[] garbage = "garbage".getBytes(StandardCharsets.UTF_8);
    rawInput(topics.regions().name()).pipeInput("210112", garbage);
    reference(List.of("210112"), List.of());

    assertThat(referenceDeadLetters).hasSize(1);
    final ProducerRecord<byte[], byte[]> letter = referenceDeadLetters.get(0);
    assertThat(letter.topic()).isEqualTo(topics.deadLetters().name());
    assertThat(letter.value()).as("the original bytes, replayable").isEqualTo(garbage);
    assertThat(new String(letter.key(), StandardCharsets.UTF_8)).isEqualTo("210112");
    final Headers headers = letter.headers();
    assertThat(header(headers, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(topics.regions().name());
    assertThat(header(headers, DeadLetterHeaders.SOURCE_PARTITION)).isEqualTo("0");
    assertThat(header(headers, DeadLetterHeaders.SOURCE_OFFSET))
        .as("after the two regions of the catalogue")
        .isEqualTo("2");
    assertThat(header(headers, DeadLetterHeaders.APPLICATION_ID)).isEqualTo(APP_ID);
    assertThat(header(headers, DeadLetterHeaders.PROCESSOR))
        .isEqualTo("load-" + PaceStores.REGIONS);
    assertThat(header(headers, DeadLetterHeaders.STAGE)).isEqualTo("DESERIALIZATION");
    assertThat(header(headers, DeadLetterHeaders.REASON)).isEqualTo("MALFORMED");
    assertThat(header(headers, DeadLetterHeaders.EXCEPTION_CLASS)).isNotBlank();
    assertThat(header(headers, DeadLetterHeaders.STACKTRACE)).isNotBlank();
    assertThat(counter("planwatch.dlq.records", "stage", "DESERIALIZATION", "reason", "MALFORMED"))
        .isEqualTo(1.0);
    assertThat(driver.getTimestampedKeyValueStore(PaceStores.REGIONS).get("210112"))
        .as("the next record of the topic is read")
        .isNotNull();
    assertThat(deadLetterRecords()).isEmpty();
  }

  @Test
  void shouldDeadLetterAPoisonPillOnTheIndicatorsTopicAndKeepTheNextIndicator() {
    final byte[] garbage = "garbage".getBytes(StandardCharsets.UTF_8);
    rawInput(topics.indicators().name()).pipeInput("gdp", garbage);
    reference(List.of(), List.of("gdp"));

    assertThat(referenceDeadLetters)
        .singleElement()
        .satisfies(
            letter -> {
              assertThat(letter.value()).isEqualTo(garbage);
              assertThat(header(letter.headers(), DeadLetterHeaders.SOURCE_TOPIC))
                  .isEqualTo(topics.indicators().name());
            });
    assertThat(driver.getTimestampedKeyValueStore(PaceStores.INDICATORS).get("gdp")).isNotNull();
  }

  @Test
  void shouldRemoveAReferenceOnItsTombstone() {
    rawInput(topics.regions().name()).pipeInput(SHENYANG, null);

    assertThat(driver.getTimestampedKeyValueStore(PaceStores.REGIONS).get(SHENYANG)).isNull();
    assertThat(referenceDeadLetters).isEmpty();
  }

  /** Plan targets are a regular stream: Kafka's handler dead-letters them, the next one is read. */
  @Test
  void shouldDeadLetterAPoisonPillOnThePlanTargetsTopicAndKeepTheNextTarget() {
    final byte[] garbage = "garbage".getBytes(StandardCharsets.UTF_8);
    rawInput(topics.planTargets().name()).pipeInput(RevisionHandlingTest.IVA_TARGET, garbage);
    deleteTarget(RevisionHandlingTest.IVA_TARGET);

    assertThat(deadLetterRecords())
        .singleElement()
        .satisfies(
            letter -> {
              assertThat(letter.value()).isEqualTo(garbage);
              assertThat(header(letter.headers(), DeadLetterHeaders.SOURCE_TOPIC))
                  .isEqualTo(topics.planTargets().name());
              assertThat(header(letter.headers(), DeadLetterHeaders.STAGE))
                  .isEqualTo("DESERIALIZATION");
            });
    assertThat(
            driver
                .<String, Object>getKeyValueStore(PaceStores.TARGETS_BY_ID)
                .get(RevisionHandlingTest.IVA_TARGET))
        .as("the tombstone after the poison pill removed the target")
        .isNull();
    assertThat(referenceDeadLetters).isEmpty();
  }

  private TestInputTopic<String, byte[]> rawInput(final String topic) {
    return driver.createInputTopic(topic, new StringSerializer(), new ByteArraySerializer());
  }

  @Test
  void shouldDeadLetterTargetWhoseKeyIsNotItsId() {
    final PlanTarget target =
        AvroFixtures.target(AvroFixtures.catalogueTarget(RevisionHandlingTest.IVA_TARGET));
    input(topics.planTargets()).pipeInput("some-other-id", target);

    assertThat(deadLetterRecords())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(header(r.headers(), DeadLetterHeaders.SOURCE_TOPIC))
                  .isEqualTo(topics.planTargets().name());
              assertThat(header(r.headers(), DeadLetterHeaders.PROCESSOR))
                  .isEqualTo("route-targets");
            });
  }

  @Test
  void shouldDeadLetterProjectUpdateOfUnknownRegion() {
    final ProjectUpdate update =
        ProjectUpdate.newBuilder()
            .setProjectId("p-9")
            .setName("test")
            .setRegionCode("999999")
            .setPlannedTotalInvestment(1.0)
            .setStatus(ProjectStatus.SIGNED)
            .setInvestmentCompletedYtd(0.0)
            .setReportDate(LocalDate.of(2022, 6, 1))
            .setUpdateId("u-9")
            .setPublishedAt(Instant.parse("2022-06-02T00:00:00Z"))
            .build();
    input(topics.projectUpdates()).pipeInput("p-9", update);

    assertThat(deadLetterRecords())
        .extracting(r -> header(r.headers(), DeadLetterHeaders.EXCEPTION_MESSAGE))
        .containsExactly("regionCode: unknown region '999999'");
  }

  @Test
  void shouldCountEveryInputAsProcessedOrDeadLettered() {
    rawObservations.pipeInput("k", new byte[] {0, 0, 0, 0, 99});
    final StatisticalObservation bad =
        AvroFixtures.observation(IVA, SHENYANG, 2022, 5, YTD_GROWTH, 4.0, "r-2022-05", -3);
    observations.pipeInput(SeriesKeys.observation(bad), bad);
    observe(IVA, SHENYANG, 2022, 6, YTD_GROWTH, 5.1, "r-2022-06", 0);
    observe(IVA, SHENYANG, 2022, 6, YTD_GROWTH, 5.1, "r-2022-06", 0);

    final double processed =
        meters.get("planwatch.observations.processed").counters().stream()
            .mapToDouble(c -> c.count())
            .sum();
    final double deadLettered =
        meters.get("planwatch.dlq.records").counters().stream().mapToDouble(c -> c.count()).sum();
    assertThat(processed + deadLettered).isEqualTo(4.0);
    assertThat(deadLetterRecords()).hasSize(2);
  }

  static String header(final Headers headers, final String name) {
    return headers.lastHeader(name) == null
        ? null
        : new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
  }
}

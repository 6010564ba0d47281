package io.planwatch.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.planwatch.avro.IndicatorProgress;
import io.planwatch.avro.Measure;
import io.planwatch.avro.PaceAlert;
import io.planwatch.avro.StatisticalObservation;
import io.planwatch.domain.model.PlanTarget;
import io.planwatch.registry.client.MockSchemaRegistry;
import io.planwatch.streams.metrics.DomainMetrics;
import io.planwatch.topics.AvroValueSerdes;
import io.planwatch.topics.TopicSpec;
import io.planwatch.topics.Topics;
import io.planwatch.topics.ValueSerdeFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * One base for every topology test: the production {@link PaceTopology#build} under {@link
 * TopologyTestDriver}, a fixed wall clock, an in-memory registry scope of its own (dropped after
 * each test), the production dead-letter handlers, and typed input and output topics, the
 * dead-letter topic included.
 */
abstract class TopologyTestBase {
  /** 2022-07-20 10:00 in Shanghai: June's figures are out, July's are not. */
  static final Instant WALL_CLOCK = Instant.parse("2022-07-20T02:00:00Z");

  static final String APP_ID = "planwatch-topology-test";

  final Topics topics = Topics.defaults();
  final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  final DomainMetrics metrics = new DomainMetrics(meters);

  @TempDir Path stateDir;

  String scope;
  ValueSerdeFactory serdes;
  TopologyTestDriver driver;
  TestInputTopic<String, StatisticalObservation> observations;
  TestInputTopic<String, byte[]> rawObservations;
  TestOutputTopic<String, IndicatorProgress> progress;
  TestOutputTopic<String, PaceAlert> alerts;
  TestOutputTopic<byte[], byte[]> deadLetters;

  /** Dead letters of the global reference stores, which the topology sends through its sink. */
  final List<ProducerRecord<byte[], byte[]>> referenceDeadLetters = new ArrayList<>();

  @BeforeEach
  void startDriver() {
    scope = getClass().getSimpleName() + "-" + UUID.randomUUID();
    serdes =
        AvroValueSerdes.of(
            Map.of("schema.registry.url", MockSchemaRegistry.MOCK_URL_PREFIX + scope));
    final Properties props =
        DriverProperties.of(
            APP_ID, stateDir, topics, metrics, (DeadLetterSink) referenceDeadLetters::add);
    driver =
        new TopologyTestDriver(PaceTopology.build(config(), serdes, metrics), props, WALL_CLOCK);
    observations = input(topics.observations());
    rawObservations =
        driver.createInputTopic(
            topics.observations().name(), new StringSerializer(), new ByteArraySerializer());
    progress = output(topics.paceProgress());
    alerts = output(topics.paceAlerts());
    deadLetters =
        driver.createOutputTopic(
            topics.deadLetters().name(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  @AfterEach
  void closeDriver() {
    if (driver != null) {
      driver.close();
    }
    MockSchemaRegistry.dropScope(scope);
  }

  /** Lets the scorecard interval pass in wall-clock time: pending scorecards are recomputed. */
  void recomputeScorecards() {
    driver.advanceWallClockTime(config().scorecardInterval());
  }

  TopologyConfig config() {
    return TopologyConfig.defaults(topics);
  }

  <V extends SpecificRecord> TestInputTopic<String, V> input(final TopicSpec<V> topic) {
    return driver.createInputTopic(
        topic.name(), new StringSerializer(), topic.valueSerde(serdes).serializer());
  }

  <V extends SpecificRecord> TestOutputTopic<String, V> output(final TopicSpec<V> topic) {
    return driver.createOutputTopic(
        topic.name(), new StringDeserializer(), topic.valueSerde(serdes).deserializer());
  }

  /** Publishes regions and indicators from the seed catalogue. */
  void reference(final List<String> regionCodes, final List<String> indicatorCodes) {
    final TestInputTopic<String, io.planwatch.avro.Region> regions = input(topics.regions());
    regionCodes.forEach(code -> regions.pipeInput(code, AvroFixtures.region(code)));
    final TestInputTopic<String, io.planwatch.avro.IndicatorDefinition> indicators =
        input(topics.indicators());
    indicatorCodes.forEach(code -> indicators.pipeInput(code, AvroFixtures.indicator(code)));
  }

  /**
   * Shenyang, Liaoning, the industrial value added indicator and its 2022 growth target (+12 %).
   */
  void shenyangIndustry() {
    reference(List.of("210000", RevisionHandlingTest.SHENYANG), List.of(RevisionHandlingTest.IVA));
    target(AvroFixtures.catalogueTarget(RevisionHandlingTest.IVA_TARGET));
  }

  void target(final PlanTarget target) {
    input(topics.planTargets()).pipeInput(target.id(), AvroFixtures.target(target));
  }

  void deleteTarget(final String id) {
    input(topics.planTargets()).pipeInput(id, null);
  }

  /** Publishes one observation under its contract key. */
  StatisticalObservation observe(
      final String indicator,
      final String region,
      final int year,
      final int month,
      final Measure measure,
      final double value,
      final String release,
      final int revision) {
    final StatisticalObservation o =
        AvroFixtures.observation(indicator, region, year, month, measure, value, release, revision);
    observations.pipeInput(SeriesKeys.observation(o), o);
    return o;
  }

  List<IndicatorProgress> progressValues() {
    return progress.readValuesToList();
  }

  List<PaceAlert> alertValues() {
    return alerts.readValuesToList();
  }

  List<TestRecord<byte[], byte[]>> deadLetterRecords() {
    return deadLetters.readRecordsToList();
  }

  double counter(final String name, final String... tags) {
    return meters.get(name).tags(tags).counter().count();
  }

  static void assertNoMore(final TestOutputTopic<?, ?> topic) {
    assertThat(topic.isEmpty()).as("no further records").isTrue();
  }
}

package io.planwatch.streams.golden;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.planwatch.producers.publish.Outgoing;
import io.planwatch.registry.client.MockSchemaRegistry;
import io.planwatch.streams.metrics.DomainMetrics;
import io.planwatch.streams.topology.DriverProperties;
import io.planwatch.streams.topology.PaceTopology;
import io.planwatch.streams.topology.TopologyConfig;
import io.planwatch.topics.AvroValueSerdes;
import io.planwatch.topics.TopicSpec;
import io.planwatch.topics.Topics;
import io.planwatch.topics.ValueSerdeFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/**
 * The production topology ({@link PaceTopology#build} with {@link TopologyConfig#defaults}) under
 * {@link TopologyTestDriver}, fed batch by batch through the app's Avro serdes ({@link
 * AvroValueSerdes} over the project's in-memory {@link MockSchemaRegistry}: the driver has no
 * broker, and the goldens hold decoded records, so schema ids never matter) and the producers' own
 * mapping ({@link Outgoing}: topic, contract key, Avro value).
 *
 * <p>Time is the driver's wall clock only: it starts at a fixed instant, every record is stamped
 * with it, and after each batch it moves on by the scorecard interval, which emits the pending
 * scorecards, as the running app does about once a second. A whole run moves it by seconds, never
 * by the milestone check's 10 minutes: as in the demo, which replays its months in about two
 * minutes, no deadline check runs.
 */
final class GoldenRun implements AutoCloseable {
  private final Topics topics = Topics.defaults();
  private final TopologyConfig config = TopologyConfig.defaults(topics);
  private final String scope = "golden-" + UUID.randomUUID();
  private final ValueSerdeFactory serdes =
      AvroValueSerdes.of(Map.of("schema.registry.url", MockSchemaRegistry.MOCK_URL_PREFIX + scope));
  private final DomainMetrics metrics = new DomainMetrics(new SimpleMeterRegistry());
  private final List<ProducerRecord<byte[], byte[]>> referenceDeadLetters = new ArrayList<>();
  private final Map<String, TestInputTopic<String, byte[]>> inputs = new HashMap<>();
  private final TopologyTestDriver driver;
  private final TestOutputTopic<byte[], byte[]> deadLetters;
  private Instant now;

  GoldenRun(final Instant wallClock, final Path stateDir) {
    final Properties props =
        DriverProperties.of(
            "planwatch-golden", stateDir, topics, metrics, referenceDeadLetters::add);
    now = wallClock;
    driver = new TopologyTestDriver(PaceTopology.build(config, serdes, metrics), props, wallClock);
    deadLetters =
        driver.createOutputTopic(
            topics.deadLetters().name(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  /** Pipes one batch, each record stamped with the wall clock, then lets scorecards be emitted. */
  void publish(final List<Outgoing> batch) {
    for (final Outgoing record : batch) {
      final String topic = record.topic().name();
      final byte[] value =
          record.isTombstone() ? null : serializer(record.topic()).serialize(topic, record.value());
      inputs
          .computeIfAbsent(
              topic,
              t -> driver.createInputTopic(t, new StringSerializer(), new ByteArraySerializer()))
          .pipeInput(record.key(), value, now);
    }
    final Duration step = config.scorecardInterval();
    driver.advanceWallClockTime(step);
    now = now.plus(step);
  }

  /**
   * What the run produced so far. Fails if any record was dead-lettered: a golden input is valid,
   * and a dropped record would make a golden of less than the input.
   */
  GoldenOutputs outputs() {
    final long dead = deadLetters.getQueueSize() + referenceDeadLetters.size();
    if (dead > 0) {
      throw new IllegalStateException(dead + " golden input records were dead-lettered");
    }
    return GoldenOutputs.of(
        records(topics.paceAlerts()), records(topics.paceProgress()), records(topics.scorecards()));
  }

  private <V extends SpecificRecord> List<TestRecord<String, V>> records(final TopicSpec<V> topic) {
    return driver
        .createOutputTopic(
            topic.name(), new StringDeserializer(), topic.valueSerde(serdes).deserializer())
        .readRecordsToList();
  }

  @SuppressWarnings("unchecked")
  private Serializer<SpecificRecord> serializer(final TopicSpec<?> topic) {
    return (Serializer<SpecificRecord>) topic.valueSerde(serdes).serializer();
  }

  @Override
  public void close() {
    driver.close();
    MockSchemaRegistry.dropScope(scope);
  }
}

package io.planwatch.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.planwatch.embedded.test.KafkaBrokerExtension;
import io.planwatch.embedded.test.KafkaTestClients;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A Kafka Streams app with exactly_once_v2, a state store and a changelog, on one node. */
@ExtendWith(KafkaBrokerExtension.class)
class ExactlyOnceStreamsIT {
  @TempDir Path stateDir;

  @Test
  void shouldCountWithExactlyOnceV2AndPublishOnlyCommittedResults(KafkaTestClients clients)
      throws Exception {
    String input = KafkaTestClients.uniqueTopic("eos-in");
    String output = KafkaTestClients.uniqueTopic("eos-out");
    clients.createTopics(2, input, output);
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(clients.producerProps())) {
      for (int i = 0; i < 30; i++) {
        String key = "region-" + (i % 3);
        producer.send(new ProducerRecord<>(input, key, ("v" + i).getBytes(StandardCharsets.UTF_8)));
      }
    }

    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(input, Consumed.with(Serdes.String(), Serdes.ByteArray()))
        .groupByKey(Grouped.as("by-region"))
        .count(Materialized.as("counts"))
        .toStream()
        .to(output, Produced.with(Serdes.String(), Serdes.Long()));
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, input + "-app");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, clients.bootstrapServers());
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
    props.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.StringSerde.class);
    // Every update reaches the output, so the test can count them.
    props.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);

    try (KafkaStreams streams = new KafkaStreams(builder.build(), props)) {
      streams.start();
      Map<String, Object> consumerProps = clients.consumerProps();
      consumerProps.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
      try (KafkaConsumer<String, Long> consumer =
          new KafkaConsumer<>(
              consumerProps, Serdes.String().deserializer(), Serdes.Long().deserializer())) {
        consumer.subscribe(List.of(output));
        List<ConsumerRecord<String, Long>> counts = KafkaTestClients.poll(consumer, 30);

        assertThat(counts).hasSize(30);
        for (int region = 0; region < 3; region++) {
          String key = "region-" + region;
          assertThat(counts)
              .filteredOn(r -> r.key().equals(key))
              .extracting(ConsumerRecord::value)
              .containsExactlyElementsOf(
                  IntStream.rangeClosed(1, 10).mapToObj(Long::valueOf).toList());
        }
      }
      streams.close(Duration.ofSeconds(30));
    }
  }
}

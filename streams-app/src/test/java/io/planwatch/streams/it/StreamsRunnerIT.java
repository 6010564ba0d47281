package io.planwatch.streams.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.planwatch.embedded.EmbeddedKafkaBroker;
import io.planwatch.embedded.test.KafkaBrokerExtension;
import io.planwatch.embedded.test.KafkaTestClients;
import io.planwatch.streams.config.AppConfig;
import io.planwatch.streams.config.AppConfigLoader;
import io.planwatch.streams.runtime.StreamsApp;
import io.planwatch.streams.runtime.StreamsAppCommand;
import io.planwatch.streams.runtime.StreamsHealth;
import io.planwatch.streams.runtime.StreamsRunner;
import io.planwatch.streams.runtime.TopologyFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The runner and the app on a real KRaft broker, with a passthrough topology. */
@ExtendWith(KafkaBrokerExtension.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class StreamsRunnerIT {

  private static final byte[] POISON = "poison".getBytes(StandardCharsets.UTF_8);

  @TempDir Path stateDir;

  private final HttpClient http = HttpClient.newHttpClient();
  private KafkaTestClients clients;
  private String input;
  private String output;
  private AppConfig config;

  @BeforeEach
  void setUp(final EmbeddedKafkaBroker broker, final KafkaTestClients kafka) {
    clients = kafka;
    input = KafkaTestClients.uniqueTopic("runner-in");
    output = KafkaTestClients.uniqueTopic("runner-out");
    clients.createTopics(2, input, output);
    config =
        AppConfigLoader.load(
            Optional.empty(),
            Map.of(
                "PLANWATCH_BOOTSTRAP_SERVERS",
                broker.bootstrapServers(),
                "PLANWATCH_APPLICATION_ID",
                KafkaTestClients.uniqueTopic("runner-it"),
                "PLANWATCH_HTTP_PORT",
                "0",
                "PLANWATCH_STATE_DIR",
                stateDir.toString(),
                "PLANWATCH_ROCKSDB_BLOCK_CACHE_MB",
                "16",
                "PLANWATCH_ROCKSDB_WRITE_BUFFER_MB",
                "4"),
            Map.of());
  }

  @Test
  void shouldProcessExactlyOnceAndAnswerReadyOnceRunning() throws Exception {
    try (StreamsApp app = StreamsApp.builder(config, passthrough()).build()) {
      app.start();

      await().atMost(Duration.ofSeconds(90)).until(() -> app.health().ready());
      assertThat(get(app, "/health/ready").statusCode()).isEqualTo(200);
      assertThat(get(app, "/health/live").statusCode()).isEqualTo(200);
      assertThat(get(app, "/topology?format=text").body()).contains(input);

      produce("gdp|210112|2022", "720.5".getBytes(StandardCharsets.UTF_8));

      final List<ConsumerRecord<String, byte[]>> copied = consume(output, 1);
      assertThat(copied)
          .singleElement()
          .satisfies(r -> assertThat(r.key()).isEqualTo("gdp|210112|2022"));
      assertThat(get(app, "/metrics").body())
          .contains("kafka_stream_")
          .contains("kafka_consumer_")
          .contains("kafka_producer_");
    }
  }

  @Test
  void shouldLeaveTheGroupWhenClosed() throws Exception {
    final StreamsHealth health = new StreamsHealth();
    final List<Throwable> fatal = new CopyOnWriteArrayList<>();
    final StreamsRunner runner =
        new StreamsRunner(
            passthroughTopology(),
            config.toStreamsProperties(),
            health,
            fatal::add,
            Duration.ofSeconds(30));
    runner.start();
    await().atMost(Duration.ofSeconds(90)).until(() -> health.snapshot().ready());
    try (Admin admin = clients.admin()) {
      assertThat(members(admin)).isNotEmpty();

      assertThat(runner.close(Duration.ofSeconds(30))).isTrue();

      // Without leaving, the member would stay until its session timed out (45 s by default).
      assertThat(members(admin)).isEmpty();
    }
    assertThat(runner.streams().state()).isEqualTo(KafkaStreams.State.NOT_RUNNING);
    assertThat(fatal).isEmpty();
  }

  @Test
  void shouldStopWithFatalExitCodeAndFailLivenessWhenProcessingThrows() throws Exception {
    try (StreamsApp app = StreamsApp.builder(config, passthrough()).build()) {
      app.start();
      await().atMost(Duration.ofSeconds(90)).until(() -> app.health().ready());

      produce("bad", POISON);

      assertThat(app.awaitTermination()).isEqualTo(StreamsApp.EXIT_FATAL);
      final HttpResponse<String> live = get(app, "/health/live");
      assertThat(live.statusCode()).isEqualTo(503);
      assertThat(live.body())
          .contains("\"state\":\"ERROR\"")
          .contains("root cause java.lang.IllegalStateException: poison record");
    }
  }

  @Test
  void shouldRunFromTheCommandLineUntilTheShutdownHookClosesIt(final EmbeddedKafkaBroker broker)
      throws Exception {
    final List<StreamsApp> apps = new CopyOnWriteArrayList<>();
    final List<Runnable> hooks = new CopyOnWriteArrayList<>();
    final StreamsAppCommand command =
        new StreamsAppCommand(
            c -> {
              final StreamsApp app = StreamsApp.builder(c, passthrough()).build();
              apps.add(app);
              return app;
            },
            Map.of(
                "PLANWATCH_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                "PLANWATCH_APPLICATION_ID", config.applicationId(),
                "PLANWATCH_STATE_DIR", stateDir.toString()),
            hooks::add);
    final CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(() -> new CommandLine(command).execute("--http-port", "0"));

    await()
        .atMost(Duration.ofSeconds(90))
        .until(() -> !apps.isEmpty() && apps.get(0).health().ready());
    assertThat(get(apps.get(0), "/health/ready").statusCode()).isEqualTo(200);
    assertThat(hooks).hasSize(1);

    hooks.get(0).run();

    assertThat(exit.get(60, TimeUnit.SECONDS)).isEqualTo(StreamsApp.EXIT_OK);
    assertThat(apps.get(0).streams().state()).isEqualTo(KafkaStreams.State.NOT_RUNNING);
  }

  private List<String> members(final Admin admin) throws Exception {
    final ConsumerGroupDescription group =
        admin
            .describeConsumerGroups(List.of(config.applicationId()))
            .all()
            .get(30, TimeUnit.SECONDS)
            .get(config.applicationId());
    return group.members().stream().map(m -> m.consumerId()).toList();
  }

  private TopologyFactory passthrough() {
    return TopologyFactory.of(c -> passthroughTopology());
  }

  /** Copies input to output, failing on a poison value as a processing bug would. */
  private Topology passthroughTopology() {
    final StreamsBuilder builder = new StreamsBuilder();
    builder.stream(input, Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("read-input"))
        .mapValues(
            value -> {
              if (Arrays.equals(value, POISON)) {
                throw new IllegalStateException("poison record");
              }
              return value;
            },
            Named.as("fail-on-poison"))
        .to(output, Produced.with(Serdes.String(), Serdes.ByteArray()).withName("write-output"));
    return builder.build();
  }

  private void produce(final String key, final byte[] value) throws Exception {
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(clients.producerProps())) {
      producer.send(new ProducerRecord<>(input, key, value)).get(30, TimeUnit.SECONDS);
    }
  }

  private List<ConsumerRecord<String, byte[]>> consume(final String topic, final int expected) {
    final Map<String, Object> props = clients.consumerProps();
    props.put("isolation.level", "read_committed");
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props)) {
      consumer.subscribe(List.of(topic));
      return KafkaTestClients.poll(consumer, expected);
    }
  }

  private HttpResponse<String> get(final StreamsApp app, final String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + app.httpPort() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}

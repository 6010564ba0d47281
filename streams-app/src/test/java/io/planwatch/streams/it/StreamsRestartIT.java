package io.planwatch.streams.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.planwatch.avro.AlertTransition;
import io.planwatch.avro.PaceAlert;
import io.planwatch.domain.catalogue.Catalogue;
import io.planwatch.domain.model.Observation;
import io.planwatch.embedded.EmbeddedKafkaBroker;
import io.planwatch.embedded.test.KafkaBrokerExtension;
import io.planwatch.embedded.test.KafkaTestClients;
import io.planwatch.producers.publish.Outgoing;
import io.planwatch.producers.publish.Records;
import io.planwatch.producers.publish.TopicReader;
import io.planwatch.producers.simulate.FalseAlarm;
import io.planwatch.producers.simulate.SimulationBatch;
import io.planwatch.producers.simulate.SimulationConfig;
import io.planwatch.producers.simulate.Simulator;
import io.planwatch.registry.server.SchemaRegistryServer;
import io.planwatch.registry.test.RegistryServerExtension;
import io.planwatch.streams.config.AppConfig;
import io.planwatch.streams.config.AppConfigLoader;
import io.planwatch.streams.runtime.GroupLag;
import io.planwatch.streams.runtime.StreamsApp;
import io.planwatch.streams.runtime.StreamsMain;
import io.planwatch.streams.topology.PaceTopology;
import io.planwatch.topics.AvroValueSerdes;
import io.planwatch.topics.TopicProvisioner;
import io.planwatch.topics.TopicSpec;
import io.planwatch.topics.Topics;
import io.planwatch.topics.ValueSerdeFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListTransactionsOptions;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.clients.admin.TransactionState;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exactly-once across restarts: the same releases go to two applications; one runs uninterrupted,
 * the other is closed cleanly, killed with SIGKILL in the middle of a transaction, and restarted
 * with its local state wiped. Read {@code read_committed}, both must show the same sequence of
 * alert transitions for every alert: nothing twice, nothing missing.
 */
@ExtendWith({KafkaBrokerExtension.class, RegistryServerExtension.class})
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class StreamsRestartIT {
  /** Shenyang (spring 2022 slump in industry and retail) and Hunnan (a false alarm in May). */
  private static final Set<String> REGIONS = Set.of("210100", "210112");

  private static final Set<String> INDICATORS =
      Set.of(
          "industrial_value_added",
          "retail_sales",
          "fixed_asset_investment",
          "gdp",
          "general_budget_revenue",
          "imports_exports",
          "per_capita_disposable_income",
          "loan_balance",
          "rd_expenditure",
          "fdi_utilized");

  private static final int SERIES_PARTITIONS = 3;
  private static final int CHUNK = 30;
  private static final Duration STEP_TIMEOUT = Duration.ofSeconds(90);

  private SchemaRegistryServer registry;

  @TempDir Path dir;

  private static final Logger LOG = LoggerFactory.getLogger(StreamsRestartIT.class);

  private KafkaTestClients clients;
  private Admin admin;
  private final Map<String, Serializer<SpecificRecord>> serializers = new ConcurrentHashMap<>();
  private String bootstrapServers;
  private ValueSerdeFactory serdes;

  @BeforeEach
  void connect(
      final EmbeddedKafkaBroker broker,
      final KafkaTestClients kafka,
      final SchemaRegistryServer server) {
    registry = server;
    clients = kafka;
    bootstrapServers = broker.bootstrapServers();
    serdes = AvroValueSerdes.of(Map.of("schema.registry.url", registry.url()));
    admin = clients.admin();
  }

  @AfterEach
  void closeAdmin() {
    admin.close();
  }

  @Test
  void shouldProduceTheSameAlertsWhenStoppedMidStreamAndRestarted() throws Exception {
    final Catalogue catalogue = Catalogue.loadDefault();
    final List<Observation> releases = releases(catalogue);
    final Map<String, String> envA = environment("a");
    final Map<String, String> envB = environment("b");
    final AppConfig a = AppConfigLoader.load(Optional.empty(), envA, Map.of());
    final AppConfig b = AppConfigLoader.load(Optional.empty(), envB, Map.of());
    for (final AppConfig config : List.of(a, b)) {
      provision(config.topics());
      publish(Records.catalogue(config.topics(), catalogue));
    }
    final long total = releases.size();

    // The releases reach b a few at a time, in two parts, so that each stop of b lands before the
    // end of what it has been given, and each run of b has releases left to read.
    final List<Outgoing> releasesForB = Records.observations(b.topics(), releases);
    final int firstPart = releasesForB.size() * 3 / 5;
    try (StreamsApp uninterrupted = started(a)) {
      // First run of b: closed cleanly once it has read a fifth of the releases.
      final long closedAt;
      final CompletableFuture<Void> firstReleases;
      try (StreamsApp first = started(b)) {
        awaitCaughtUp(a);
        awaitCaughtUp(b);
        assertThat(repartitionCount(b)).as("series.partitions").isEqualTo(SERIES_PARTITIONS);
        firstReleases = publishPaced(releasesForB.subList(0, firstPart));
        publish(Records.observations(a.topics(), releases));
        awaitProcessed(b, total / 5, () -> true);
      }
      closedAt = processed(b);
      firstReleases.get(STEP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      // Second run, same state directory, its own JVM: the rest of the releases arrive once it
      // has joined the group, and it is killed with SIGKILL while a transaction is open, as soon
      // as it has read one chunk of them.
      final long killedAt;
      final CompletableFuture<Void> otherReleases;
      try (AppProcess second = AppProcess.start(envB, dir.resolve("second-run.log"))) {
        await().atMost(STEP_TIMEOUT).until(() -> alive(second) && hasMembers(b));
        otherReleases = publishPaced(releasesForB.subList(firstPart, releasesForB.size()));
        awaitProcessed(
            b, firstPart + CHUNK, () -> alive(second) && !ongoingTransactions(b).isEmpty());
        second.kill();
        killedAt = processed(b);
        LOG.info(
            "Closed after {} of {} releases, killed after {}; open transactions left: {}",
            closedAt,
            total,
            killedAt,
            ongoingTransactions(b));
      }
      assertThat(closedAt).as("closed mid-stream").isPositive().isLessThan(firstPart);
      assertThat(killedAt).as("killed mid-stream").isGreaterThan(closedAt).isLessThan(total);
      otherReleases.get(STEP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      // Third run: local state wiped, every store restored from its changelog.
      try (StreamsApp third = StreamsMain.app(b)) {
        third.resetLocalState();
        third.start();
        awaitCaughtUp(b);
      }
      awaitCaughtUp(a);
    }

    final Map<String, List<String>> expected = transitionsByAlert(a.topics());
    final Map<String, List<String>> actual = transitionsByAlert(b.topics());
    assertThat(expected.values().stream().flatMap(List::stream))
        .as("the uninterrupted run raises, escalates, resolves and retracts alerts")
        .anyMatch(t -> t.startsWith(AlertTransition.OPENED.name()))
        .anyMatch(t -> t.startsWith(AlertTransition.ESCALATED.name()))
        .anyMatch(t -> t.startsWith(AlertTransition.RESOLVED.name()))
        .anyMatch(t -> t.startsWith(AlertTransition.RETRACTED.name()));
    final Map<String, String> differences = new TreeMap<>();
    final Set<String> alerts = new TreeSet<>(expected.keySet());
    alerts.addAll(actual.keySet());
    for (final String alert : alerts) {
      if (!Objects.equals(expected.get(alert), actual.get(alert))) {
        differences.put(
            alert, transitions(expected.get(alert)) + " but was " + transitions(actual.get(alert)));
      }
    }
    assertThat(differences)
        .as("alerts whose transitions differ after the restarts, of %d", expected.size())
        .isEmpty();
  }

  /** Only the transitions of a sequence, for a short failure message. */
  private static List<String> transitions(final List<String> sequence) {
    return sequence == null
        ? List.of()
        : sequence.stream().map(t -> t.substring(0, t.indexOf(' '))).toList();
  }

  /** The simulated 2022 releases (after the 2021 history) of two districts and ten indicators. */
  private static List<Observation> releases(final Catalogue catalogue) {
    final SimulationConfig config =
        new SimulationConfig(
            2022,
            2022,
            1,
            42L,
            SimulationConfig.DEFAULT_SHOCKS,
            List.of(new FalseAlarm("retail_sales", "210112", YearMonth.of(2022, 5), 0.04)));
    return new Simulator(catalogue, config)
        .stream()
            .map(SimulationBatch::observations)
            .flatMap(List::stream)
            .filter(o -> REGIONS.contains(o.regionCode()))
            .filter(o -> INDICATORS.contains(o.indicatorCode()))
            .toList();
  }

  /**
   * One application: its own id, topic prefix and state directory. One partition per input topic,
   * so both applications see every series' records in the same order.
   */
  private Map<String, String> environment(final String name) {
    final Map<String, String> env = new LinkedHashMap<>();
    env.put("PLANWATCH_BOOTSTRAP_SERVERS", bootstrapServers);
    env.put("PLANWATCH_APPLICATION_ID", KafkaTestClients.uniqueTopic("restart-" + name));
    env.put("PLANWATCH_TOPIC_PREFIX", KafkaTestClients.uniqueTopic("restart-" + name) + ".");
    env.put("PLANWATCH_SCHEMA_REGISTRY_URL", registry.url());
    env.put("PLANWATCH_HTTP_PORT", "0");
    env.put("PLANWATCH_STATE_DIR", dir.resolve(name + "-state").toString());
    env.put("PLANWATCH_SERIES_PARTITIONS", Integer.toString(SERIES_PARTITIONS));
    env.put("PLANWATCH_ROCKSDB_BLOCK_CACHE_MB", "16");
    env.put("PLANWATCH_ROCKSDB_WRITE_BUFFER_MB", "4");
    // A killed member leaves the group after its session timeout: keep it at the broker minimum.
    env.put("PLANWATCH_KAFKA_SESSION_TIMEOUT_MS", "6000");
    env.put("PLANWATCH_KAFKA_HEARTBEAT_INTERVAL_MS", "1500");
    // Small polls: many short transactions, so a stop lands between two of them or inside one.
    env.put("PLANWATCH_KAFKA_MAX_POLL_RECORDS", "20");
    return env;
  }

  private void provision(final Topics topics) {
    new TopicProvisioner(admin, 1, (short) 1, Duration.ofSeconds(30))
        .provision(topics.all())
        .requireConsistent();
  }

  private static StreamsApp started(final AppConfig config) {
    final StreamsApp app = StreamsMain.app(config);
    app.start();
    return app;
  }

  /** Sends the records in the background, {@link #CHUNK} every 300 ms. */
  private CompletableFuture<Void> publishPaced(final List<Outgoing> records) {
    return CompletableFuture.runAsync(
        () -> {
          try {
            for (int from = 0; from < records.size(); from += CHUNK) {
              publish(records.subList(from, Math.min(records.size(), from + CHUNK)));
              Thread.sleep(300);
            }
          } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted publishing releases", e);
          } catch (final Exception e) {
            throw new IllegalStateException("could not publish releases", e);
          }
        });
  }

  private static boolean alive(final AppProcess app) {
    assertThat(app.isAlive()).as("the app process died:%n%s", app.logTail()).isTrue();
    return true;
  }

  /** Whether the application's group is stable with a member: a run has joined it. */
  private boolean hasMembers(final AppConfig config)
      throws ExecutionException, InterruptedException {
    final ConsumerGroupDescription group =
        admin
            .describeConsumerGroups(List.of(config.applicationId()))
            .all()
            .get()
            .get(config.applicationId());
    return group.groupState() == GroupState.STABLE && !group.members().isEmpty();
  }

  /**
   * Sends the records in order with one idempotent producer (one request in flight, see {@link
   * KafkaTestClients#producerProps}) and waits until each is written.
   */
  private void publish(final List<Outgoing> records) throws Exception {
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(clients.producerProps())) {
      final List<Future<RecordMetadata>> sent = new ArrayList<>();
      for (final Outgoing record : records) {
        sent.add(
            producer.send(
                new ProducerRecord<>(record.topic().name(), record.key(), bytes(record))));
      }
      for (final Future<RecordMetadata> result : sent) {
        result.get(STEP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private byte[] bytes(final Outgoing record) {
    final Serializer<SpecificRecord> serializer =
        serializers.computeIfAbsent(
            record.topic().name(),
            name -> ((Serde<SpecificRecord>) record.topic().valueSerde(serdes)).serializer());
    return serializer.serialize(record.topic().name(), record.value());
  }

  /**
   * Waits until the application's group has committed every record of its inputs and of the two
   * repartition topics that meet in the series evaluator.
   */
  private void awaitCaughtUp(final AppConfig config) {
    final List<TopicPartition> partitions = new ArrayList<>();
    partitions.add(new TopicPartition(config.topics().observations().name(), 0));
    partitions.add(new TopicPartition(config.topics().planTargets().name(), 0));
    for (final String topic :
        List.of(
            config.applicationId() + "-observations-by-series-repartition",
            PaceTopology.targetsBySeriesTopic(config.applicationId()))) {
      IntStream.range(0, SERIES_PARTITIONS)
          .forEach(p -> partitions.add(new TopicPartition(topic, p)));
    }
    final GroupLag lag = new GroupLag(admin, config.applicationId(), partitions);
    // Why: the app creates its repartition topics only once its start-up steps are done; until
    // then the lag of a partition that does not exist yet cannot be read.
    await()
        .atMost(STEP_TIMEOUT)
        .pollInterval(Duration.ofMillis(250))
        .ignoreExceptionsMatching(e -> e.getCause() instanceof UnknownTopicOrPartitionException)
        .until(() -> lag.total() == 0);
  }

  /** Waits until the application committed {@code records} releases and {@code also} holds. */
  private void awaitProcessed(
      final AppConfig config, final long records, final Callable<Boolean> also) {
    await()
        .atMost(STEP_TIMEOUT)
        .pollInterval(Duration.ofMillis(20))
        .until(() -> processed(config) >= records && also.call());
  }

  /** The group's committed offset on the (single) observations partition. */
  private long processed(final AppConfig config) throws ExecutionException, InterruptedException {
    final Map<TopicPartition, OffsetAndMetadata> committed =
        admin
            .listConsumerGroupOffsets(config.applicationId())
            .partitionsToOffsetAndMetadata()
            .get();
    final OffsetAndMetadata offset =
        committed.get(new TopicPartition(config.topics().observations().name(), 0));
    return offset == null ? 0 : offset.offset();
  }

  /** Transactional ids of the application's producers with a transaction open on the broker. */
  private List<String> ongoingTransactions(final AppConfig config)
      throws ExecutionException, InterruptedException {
    return admin
        .listTransactions(
            new ListTransactionsOptions().filterStates(List.of(TransactionState.ONGOING)))
        .all()
        .get()
        .stream()
        .map(TransactionListing::transactionalId)
        .filter(id -> id.startsWith(config.applicationId() + "-"))
        .toList();
  }

  private int repartitionCount(final AppConfig config) throws Exception {
    final String topic = config.applicationId() + "-observations-by-series-repartition";
    return admin
        .describeTopics(List.of(topic))
        .allTopicNames()
        .get()
        .get(topic)
        .partitions()
        .size();
  }

  /**
   * Every committed alert record of the topic, grouped by alert id in offset order; each transition
   * with every field but the wall-clock time it was raised.
   */
  private Map<String, List<String>> transitionsByAlert(final Topics topics) {
    final TopicSpec<PaceAlert> topic = topics.paceAlerts();
    final Map<String, List<String>> byAlert = new TreeMap<>();
    for (final ConsumerRecord<String, PaceAlert> record :
        new TopicReader(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), STEP_TIMEOUT)
            .committed(topic.name(), topic.valueSerde(serdes).deserializer())) {
      final PaceAlert alert =
          PaceAlert.newBuilder(record.value()).setRaisedAt(Instant.EPOCH).build();
      byAlert
          .computeIfAbsent(alert.getAlertId(), id -> new ArrayList<>())
          .add(alert.getTransition() + " " + alert);
    }
    return byAlert;
  }
}

package io.planwatch.streams.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.planwatch.avro.AlertSeverity;
import io.planwatch.avro.AlertTransition;
import io.planwatch.avro.PaceStatus;
import io.planwatch.avro.ProjectStatus;
import io.planwatch.avro.Region;
import io.planwatch.embedded.EmbeddedKafkaBroker;
import io.planwatch.embedded.test.KafkaBrokerExtension;
import io.planwatch.embedded.test.KafkaTestClients;
import io.planwatch.streams.config.AppConfig;
import io.planwatch.streams.config.AppConfigLoader;
import io.planwatch.streams.runtime.StreamsApp;
import io.planwatch.streams.topology.PaceTopology;
import io.planwatch.streams.topology.TopologyConfig;
import io.planwatch.topics.AvroValueSerdes;
import io.planwatch.topics.TopicSpec;
import io.planwatch.topics.Topics;
import io.planwatch.topics.ValueSerdeFactory;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The query API on a real broker: the production topology's stores and the HTTP server, in two
 * instances of one application (same application id, own state directories and {@code
 * application.server}), which must answer every query the same way whichever owns the key.
 *
 * <p>The records go straight to the output topics the queryable stores view ({@code pace.progress},
 * {@code pace.alerts}) and to the reference topics; with no observations the topology evaluates
 * nothing itself, so the stores hold exactly what the test wrote.
 */
@ExtendWith(KafkaBrokerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class QueryApiIT {

  private static final int TARGETS = 8;
  private static final int PARTITIONS = 4;
  private static final Duration READY = Duration.ofSeconds(120);

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private final List<AutoCloseable> open = new ArrayList<>();
  private String prefix;
  private Topics topics;
  private ValueSerdeFactory serdes;
  private Instance a;
  private Instance b;

  /** One running instance: the app and its query API. */
  private record Instance(StreamsApp app, int port) {}

  @BeforeAll
  void startTwoInstances(
      final EmbeddedKafkaBroker broker, final KafkaTestClients clients, @TempDir final Path state)
      throws Exception {
    prefix = KafkaTestClients.uniqueTopic("query") + ".";
    final String registry = "mock://" + prefix.replace('.', '-');
    topics = Topics.withPrefix(prefix);
    serdes = AvroValueSerdes.of(Map.of("schema.registry.url", registry));
    clients.createTopics(
        PARTITIONS, topics.all().stream().map(TopicSpec::name).toArray(String[]::new));
    publishFixtures(clients);

    final String applicationId = KafkaTestClients.uniqueTopic("query-it");
    a = start(broker, applicationId, registry, Files.createDirectory(state.resolve("a")));
    b = start(broker, applicationId, registry, Files.createDirectory(state.resolve("b")));
    // Ready when the group has settled with keys on both instances, and both answer every key.
    // A timeout names the check that was still failing and shows both instances' health.
    final AtomicReference<String> waitingFor = new AtomicReference<>("the first check");
    try {
      await()
          .atMost(READY)
          .pollInterval(Duration.ofMillis(500))
          .until(
              () -> {
                waitingFor.set(notYetReady());
                return waitingFor.get() == null;
              });
    } catch (final ConditionTimeoutException e) {
      throw new AssertionError(
          "The two instances were not ready after "
              + READY
              + "; still waiting for "
              + waitingFor.get()
              + "\nhealth of a: "
              + health(a)
              + "\nhealth of b: "
              + health(b),
          e);
    }
  }

  /** What the two instances cannot do yet, or null when they answer every fixture key. */
  private String notYetReady() throws IOException, InterruptedException {
    if (!a.app().health().ready() || !b.app().health().ready()) {
      return "both instances to be ready (a " + a.app().health() + ", b " + b.app().health() + ")";
    }
    final int localA = localProgress(a);
    final int localB = localProgress(b);
    if (localA == 0 || localB == 0 || localA + localB != TARGETS) {
      return "progress keys on both instances, "
          + TARGETS
          + " in all (a holds "
          + localA
          + ", b holds "
          + localB
          + ")";
    }
    for (final Instance instance : List.of(a, b)) {
      for (int i = 0; i < TARGETS; i++) {
        final String path = "/progress/t" + i + "/2022";
        final int status = get(instance, path).statusCode();
        if (status != 200) {
          return path + " on port " + instance.port() + " (answered " + status + ")";
        }
      }
    }
    for (final var check :
        List.of(
            Map.entry(a, "/alerts/t0/2022/history"),
            Map.entry(b, "/alerts/t0/2022/history"),
            Map.entry(a, "/projects/p4"),
            Map.entry(b, "/scorecards/210102/2023"))) {
      final int status = get(check.getKey(), check.getValue()).statusCode();
      if (status != 200) {
        return check.getValue()
            + " on port "
            + check.getKey().port()
            + " (answered "
            + status
            + ")";
      }
    }
    return null;
  }

  private String health(final Instance instance) {
    try {
      final HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(
                      URI.create("http://localhost:" + instance.port() + "/health/ready"))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return response.statusCode() + " " + response.body();
    } catch (final IOException | InterruptedException e) {
      return "no answer: " + e;
    }
  }

  @AfterAll
  void closeInstances() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) {
      open.get(i).close();
    }
  }

  @Test
  void shouldAnswerEveryKeyIdenticallyFromEitherInstanceForwardingToTheOwner() throws Exception {
    int forwardedByA = 0;
    int forwardedByB = 0;
    for (int i = 0; i < TARGETS; i++) {
      final HttpResponse<String> fromA = get(a, "/progress/t" + i + "/2022");
      final HttpResponse<String> fromB = get(b, "/progress/t" + i + "/2022");

      assertThat(fromA.statusCode()).isEqualTo(200);
      assertThat(json.readTree(fromA.body())).isEqualTo(json.readTree(fromB.body()));
      final boolean aForwarded = fromA.headers().firstValue(QueryRouting.FORWARDED).isPresent();
      final boolean bForwarded = fromB.headers().firstValue(QueryRouting.FORWARDED).isPresent();
      // A forwarded answer names the instance that owns the key: the other one.
      fromA
          .headers()
          .firstValue(QueryRouting.FORWARDED)
          .ifPresent(owner -> assertThat(owner).isEqualTo("localhost:" + b.port()));
      fromB
          .headers()
          .firstValue(QueryRouting.FORWARDED)
          .ifPresent(owner -> assertThat(owner).isEqualTo("localhost:" + a.port()));
      assertThat(aForwarded).as("exactly one instance forwards t%d", i).isNotEqualTo(bForwarded);
      forwardedByA += aForwarded ? 1 : 0;
      forwardedByB += bForwarded ? 1 : 0;
    }
    // Both instances own keys, so both forwarding directions were exercised.
    assertThat(forwardedByA).isPositive();
    assertThat(forwardedByB).isPositive();
  }

  @Test
  void shouldAnswerAProgressLookupWithTheTargetsSourceAndCleanJson() throws Exception {
    final HttpResponse<String> response = get(a, "/progress/t1/2022");

    final JsonNode body = json.readTree(response.body());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(body.get("targetId").asText()).isEqualTo("t1");
    assertThat(body.get("status").asText()).isEqualTo("BEHIND");
    assertThat(body.get("actual").asDouble()).isEqualTo(301.0);
    assertThat(body.get("region").get("nameZh").asText()).isEqualTo("和平区");
    assertThat(body.get("indicator").get("nameZh").asText()).isEqualTo("地区生产总值");
    assertThat(body.get("source").get("line").asInt()).isEqualTo(101);
    assertThat(body.get("period").get("labelZh").asText()).isEqualTo("1-6月");
    assertThat(body.get("evaluatedAt").asText()).isEqualTo("2022-07-15T10:00:00+08:00");
  }

  @Test
  void shouldGatherListsFromBothInstancesAndAnswerTheSameOnEither() throws Exception {
    final HttpResponse<String> fromA = get(a, "/progress?year=2022&region=210112");
    final HttpResponse<String> fromB = get(b, "/progress?year=2022&region=210112");

    assertThat(fromA.statusCode()).isEqualTo(200);
    assertThat(fromA.headers().firstValue(QueryRouting.INSTANCES)).contains("2");
    assertThat(json.readTree(fromA.body())).isEqualTo(json.readTree(fromB.body()));
    assertThat(json.readTree(fromA.body()).get("items"))
        .extracting(n -> n.get("targetId").asText())
        .containsExactly("t0", "t2", "t4", "t6");

    final int localA =
        json.readTree(get(a, "/progress?year=2022&local=true").body()).get("total").asInt();
    final int localB =
        json.readTree(get(b, "/progress?year=2022&local=true").body()).get("total").asInt();
    assertThat(localA).isPositive().isLessThan(TARGETS);
    assertThat(localA + localB).isEqualTo(TARGETS);
  }

  @Test
  void shouldListOpenAlertsMostSevereFirstAndLimitThem() throws Exception {
    final HttpResponse<String> fromA = get(a, "/alerts?severity=HIGH,CRITICAL");
    final HttpResponse<String> fromB = get(b, "/alerts?severity=HIGH,CRITICAL");

    assertThat(json.readTree(fromA.body())).isEqualTo(json.readTree(fromB.body()));
    final JsonNode body = json.readTree(fromA.body());
    // t0 resolved, t1 and t2 open (CRITICAL escalated, HIGH opened), t3 open but MEDIUM.
    assertThat(body.get("items"))
        .extracting(n -> n.get("targetId").asText() + ":" + n.get("severity").asText())
        .containsExactly("t1:CRITICAL", "t2:HIGH");

    final JsonNode limited = json.readTree(get(b, "/alerts?state=all&limit=2").body());
    assertThat(limited.get("count").asInt()).isEqualTo(2);
    assertThat(limited.get("total").asInt()).isEqualTo(4);
  }

  @Test
  void shouldGiveTheWholeHistoryOfAnAlertFromEitherInstance() throws Exception {
    final JsonNode fromA = json.readTree(get(a, "/alerts/t0/2022/history").body());
    final JsonNode fromB = json.readTree(get(b, "/alerts/t0/2022/history").body());

    assertThat(fromA).isEqualTo(fromB);
    assertThat(fromA.get("events"))
        .extracting(n -> n.get("transition").asText())
        .containsExactly("OPENED", "ESCALATED", "RESOLVED");
    assertThat(fromA.get("truncated").asBoolean()).isFalse();
  }

  @Test
  void shouldAnswerReferenceDataWithTheRegionHierarchy() throws Exception {
    final JsonNode shenyang = json.readTree(get(b, "/regions/210100").body());
    assertThat(shenyang.get("children"))
        .extracting(JsonNode::asText)
        .containsExactly("210102", "210112");
    final JsonNode targets = json.readTree(get(a, "/targets?region=210102").body());
    assertThat(targets.get("count").asInt()).isEqualTo(TARGETS / 2);
    assertThat(json.readTree(get(a, "/indicators").body()).get("items").get(0).get("code").asText())
        .isEqualTo("gdp");
  }

  @Test
  void shouldAnswer404WithAMessageForAnUnknownKeyOnEitherInstance() throws Exception {
    for (final Instance instance : List.of(a, b)) {
      final HttpResponse<String> response = get(instance, "/progress/no-such-target/2022");
      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(json.readTree(response.body()).get("message").asText())
          .isEqualTo("no progress for target 'no-such-target' in 2022");
    }
    final HttpResponse<String> unknownRegion = get(a, "/progress?year=2022&region=999999");
    assertThat(unknownRegion.statusCode()).isEqualTo(404);
    assertThat(unknownRegion.body()).contains("unknown region '999999' (region)");
  }

  @Test
  void shouldAnswer400NamingTheParameterAndItsAllowedValues() throws Exception {
    final HttpResponse<String> badSeverity = get(a, "/alerts?severity=URGENT");
    assertThat(badSeverity.statusCode()).isEqualTo(400);
    assertThat(json.readTree(badSeverity.body()).get("message").asText())
        .isEqualTo("parameter 'severity': 'URGENT' is not one of LOW, MEDIUM, HIGH, CRITICAL");

    final HttpResponse<String> noYear = get(b, "/progress?region=210112");
    assertThat(noYear.statusCode()).isEqualTo(400);
    assertThat(json.readTree(noYear.body()).get("error").asText()).isEqualTo("bad_request");
    assertThat(json.readTree(noYear.body()).get("message").asText())
        .isEqualTo("parameter 'year': is required: a year 1949..2100");
  }

  @Test
  void shouldRankSiblingDistrictsFromScorecardsHeldByEitherInstance() throws Exception {
    final HttpResponse<String> fromA = get(a, "/rankings?year=2023&parent=210100&indicator=gdp");
    final HttpResponse<String> fromB = get(b, "/rankings?year=2023&parent=210100&indicator=gdp");

    assertThat(fromA.statusCode()).isEqualTo(200);
    assertThat(json.readTree(fromA.body())).isEqualTo(json.readTree(fromB.body()));
    final JsonNode ranking = json.readTree(fromA.body());
    assertThat(ranking.get("parent").get("nameZh").asText()).isEqualTo("沈阳市");
    assertThat(ranking.get("entries"))
        .extracting(e -> e.get("rank").asInt() + ":" + e.get("region").get("code").asText())
        .containsExactly("1:210112", "2:210102");

    final JsonNode scorecards = json.readTree(get(b, "/scorecards?year=2023&parent=210100").body());
    assertThat(scorecards.get("items"))
        .extracting(s -> s.get("region").get("code").asText())
        .containsExactly("210102", "210112");
    assertThat(json.readTree(get(a, "/scorecards/210112/2023").body()))
        .isEqualTo(json.readTree(get(b, "/scorecards/210112/2023").body()));
  }

  @Test
  void shouldListARegionsProjectsWithItsTotalsFromEitherInstance() throws Exception {
    final HttpResponse<String> fromA = get(a, "/projects?region=210112&year=2023");
    final HttpResponse<String> fromB = get(b, "/projects?region=210112&year=2023");

    assertThat(fromA.statusCode()).isEqualTo(200);
    assertThat(json.readTree(fromA.body())).isEqualTo(json.readTree(fromB.body()));
    final JsonNode body = json.readTree(fromA.body());
    assertThat(body.get("totals").get("startedPlan").asInt()).isEqualTo(160);
    assertThat(body.get("totals").get("completedPlan").isNull()).isTrue();
    assertThat(body.get("projects"))
        .extracting(p -> p.get("projectId").asText())
        .containsExactly("p1", "p2", "p3");
    final JsonNode p1 = json.readTree(get(b, "/projects/p1").body());
    assertThat(p1.get("overdueMilestones")).extracting(JsonNode::asText).containsExactly("START");
    assertThat(p1.get("lastReportDate").asText()).isEqualTo("2023-09-30");
    assertThat(p1).isEqualTo(json.readTree(get(a, "/projects/p1").body()));
  }

  /** Last: it stops one instance. */
  @Test
  @Order(Integer.MAX_VALUE)
  void shouldAnswerEverythingFromTheRemainingInstanceOnceTheOtherLeaves() throws Exception {
    b.app().close();

    // Until the group has moved b's partitions to a and a has restored them, lists answer 503.
    await()
        .atMost(READY)
        .pollInterval(Duration.ofMillis(500))
        .until(() -> localProgress(a) == TARGETS);
    final HttpResponse<String> list = get(a, "/progress?year=2022");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.headers().firstValue(QueryRouting.INSTANCES)).contains("1");
    assertThat(json.readTree(list.body()).get("total").asInt()).isEqualTo(TARGETS);
    for (int i = 0; i < TARGETS; i++) {
      final HttpResponse<String> one = get(a, "/progress/t" + i + "/2022");
      assertThat(one.statusCode()).isEqualTo(200);
      assertThat(one.headers().firstValue(QueryRouting.FORWARDED)).isEmpty();
    }
  }

  private Instance start(
      final EmbeddedKafkaBroker broker,
      final String applicationId,
      final String registry,
      final Path stateDir)
      throws IOException {
    final int port = freePort();
    final AppConfig config =
        AppConfigLoader.load(
            Optional.empty(),
            Map.of(),
            Map.ofEntries(
                Map.entry("bootstrap.servers", broker.bootstrapServers()),
                Map.entry("application.id", applicationId),
                Map.entry("topic.prefix", prefix),
                Map.entry("schema.registry.url", registry),
                Map.entry("http.port", Integer.toString(port)),
                Map.entry("application.server", "localhost:" + port),
                Map.entry("state.dir", stateDir.toString()),
                Map.entry("rocksdb.block.cache.mb", "16"),
                Map.entry("rocksdb.write.buffer.mb", "4"),
                // When the assignor cannot fetch the changelogs' end offsets (a slow broker, a
                // changelog just created), it keeps the previous assignment, which gives the
                // second instance nothing, and retries only at the next probing rebalance. The
                // same wait follows warm-up replicas. Kafka's default is 10 minutes; 1 minute, the
                // least allowed, keeps that case inside READY.
                Map.entry("kafka.probing.rebalance.interval.ms", "60000")));
    final AtomicReference<QueryApi> api = new AtomicReference<>();
    final StreamsApp app =
        StreamsApp.builder(
                config,
                (cfg, metrics) ->
                    PaceTopology.build(TopologyConfig.defaults(cfg.topics()), serdes, metrics))
            .routes(
                streams -> {
                  api.set(QueryApi.start(config, streams, serdes));
                  return api.get();
                })
            .build();
    open.add(app);
    open.add(api.get());
    app.start();
    return new Instance(app, port);
  }

  private void publishFixtures(final KafkaTestClients clients) {
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(clients.producerProps())) {
      for (final Region region : QueryFixtures.regions()) {
        send(producer, topics.regions(), region.getCode(), region);
      }
      send(producer, topics.indicators(), "gdp", QueryFixtures.gdp());
      for (int i = 0; i < TARGETS; i++) {
        final String region = i % 2 == 0 ? "210112" : "210102";
        final String id = "t" + i;
        send(producer, topics.planTargets(), id, QueryFixtures.target(id, region, 100 + i));
        final PaceStatus status = i % 2 == 0 ? PaceStatus.ON_TRACK : PaceStatus.BEHIND;
        send(
            producer,
            topics.paceProgress(),
            id + "|2022",
            QueryFixtures.progress(id, region, status, 300.0 + i));
      }
      final List<Region> regions = QueryFixtures.regions();
      send(
          producer,
          topics.scorecards(),
          "210112|2023",
          QueryFixtures.scorecard(regions.get(2), 1, 1.04));
      send(
          producer,
          topics.scorecards(),
          "210102|2023",
          QueryFixtures.scorecard(regions.get(1), 2, 0.97));
      send(producer, topics.projectProgress(), "210112|2023", QueryFixtures.regionTotals("210112"));
      for (final String id : List.of("p1", "p2", "p3", "p4")) {
        final String region = id.equals("p4") ? "210102" : "210112";
        final ProjectStatus status = id.equals("p1") ? ProjectStatus.SIGNED : ProjectStatus.STARTED;
        send(producer, topics.projectProgress(), id, QueryFixtures.project(id, region, status));
      }
      final Instant t = Instant.parse("2022-07-15T02:00:00Z");
      alert(producer, "t0", AlertTransition.OPENED, AlertSeverity.HIGH, t);
      alert(producer, "t0", AlertTransition.ESCALATED, AlertSeverity.CRITICAL, t.plusSeconds(60));
      alert(producer, "t0", AlertTransition.RESOLVED, AlertSeverity.LOW, t.plusSeconds(120));
      alert(producer, "t1", AlertTransition.OPENED, AlertSeverity.HIGH, t);
      alert(producer, "t1", AlertTransition.ESCALATED, AlertSeverity.CRITICAL, t.plusSeconds(60));
      alert(producer, "t2", AlertTransition.OPENED, AlertSeverity.HIGH, t.plusSeconds(30));
      alert(producer, "t3", AlertTransition.OPENED, AlertSeverity.MEDIUM, t.plusSeconds(30));
      producer.flush();
    }
  }

  private void alert(
      final KafkaProducer<String, byte[]> producer,
      final String targetId,
      final AlertTransition transition,
      final AlertSeverity severity,
      final Instant at) {
    send(
        producer,
        topics.paceAlerts(),
        targetId + "|2022",
        QueryFixtures.alert(targetId, "210112", transition, severity, at));
  }

  private <V extends SpecificRecord> void send(
      final KafkaProducer<String, byte[]> producer,
      final TopicSpec<V> topic,
      final String key,
      final V value) {
    final Serializer<V> serializer = topic.valueSerde(serdes).serializer();
    try {
      // Written before the next: a lost fixture fails here, not as a readiness timeout.
      producer
          .send(new ProducerRecord<>(topic.name(), key, serializer.serialize(topic.name(), value)))
          .get(30, TimeUnit.SECONDS);
    } catch (final InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (final ExecutionException | TimeoutException e) {
      throw new IllegalStateException("fixture not written: " + topic.name() + " " + key, e);
    }
  }

  private HttpResponse<String> get(final Instance instance, final String path)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + instance.port() + QueryApi.BASE + path))
            .timeout(Duration.ofSeconds(20))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** How many progress records the instance holds itself; 0 while it cannot answer. */
  private int localProgress(final Instance instance) throws IOException, InterruptedException {
    final HttpResponse<String> response = get(instance, "/progress?year=2022&local=true");
    return response.statusCode() == 200 ? json.readTree(response.body()).get("total").asInt() : 0;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}

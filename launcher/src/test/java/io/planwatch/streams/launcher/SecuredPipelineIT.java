package io.planwatch.streams.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.planwatch.avro.IndicatorProgress;
import io.planwatch.embedded.EmbeddedKafkaBroker;
import io.planwatch.embedded.test.KafkaTestClients;
import io.planwatch.embedded.test.TestCertificates;
import io.planwatch.producers.cli.Main;
import io.planwatch.registry.serde.SpecificAvroDeserializer;
import io.planwatch.registry.server.RegistryServerOptions;
import io.planwatch.registry.server.RegistryUsers;
import io.planwatch.registry.server.SchemaRegistryServer;
import io.planwatch.streams.config.AppConfig;
import io.planwatch.streams.config.AppConfigLoader;
import io.planwatch.streams.runtime.StreamsApp;
import io.planwatch.streams.runtime.StreamsMain;
import io.planwatch.topics.TopicProvisioner;
import io.planwatch.topics.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Security end to end, configured only through the documented {@code PLANWATCH_*} variables: the
 * broker's client listener is SASL_SSL (SCRAM-SHA-512) and the registry speaks HTTPS with basic
 * auth from a users file, both with certificates of a CA made at test time. {@code produce
 * catalogue} and {@code produce releases} run as processes of their own, as an operator runs them;
 * the streams app runs in this JVM and its progress record for the published figure is read back.
 */
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class SecuredPipelineIT {
  private static final String APP_USER = "planwatch-app";
  private static final String APP_PASSWORD = "app-Secret-1";
  private static final String PRODUCER_USER = "planwatch-producer";
  private static final String PRODUCER_PASSWORD = "producer-Secret-2";

  /** Hunnan's first-half GDP and industry, June 2022 (a planned region with GDP targets). */
  private static final String RELEASE =
      "indicator,region_code,period,measure,value,unit,price_basis,status,revision,published\n"
          + "gdp,210112,2022-Q2,YTD_LEVEL,310,亿元,CURRENT,P,0,2022-07-18 10:00\n";

  @TempDir static Path dir;
  private static TestCertificates tls;
  private static EmbeddedKafkaBroker broker;
  private static SchemaRegistryServer registry;
  private static Topics topics;

  @BeforeAll
  static void startSecuredBrokerAndRegistry() throws IOException {
    tls = TestCertificates.shared();
    broker =
        EmbeddedKafkaBroker.builder()
            .saslSsl(tls.keyStore(), tls.password())
            .scramUser(APP_USER, APP_PASSWORD)
            .scramUser(PRODUCER_USER, PRODUCER_PASSWORD)
            .build()
            .start();
    Path users = dir.resolve("registry-users");
    Files.writeString(
        users,
        RegistryUsers.line(APP_USER, APP_PASSWORD)
            + "\n"
            + RegistryUsers.line(PRODUCER_USER, PRODUCER_PASSWORD)
            + "\n",
        StandardCharsets.UTF_8);
    registry =
        new SchemaRegistryServer(
                RegistryServerOptions.onPort(0)
                    .withTls(tls.keyStore(), tls.password())
                    .withUsersFile(users))
            .start();
    topics = Topics.withPrefix("secured-" + UUID.randomUUID().toString().substring(0, 8) + ".");
  }

  @AfterAll
  static void stop() {
    if (registry != null) {
      registry.close();
    }
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void shouldCarryAReleaseToAProgressRecordOverSaslSslAndHttps() throws Exception {
    try (Admin admin = securedClients(APP_USER, APP_PASSWORD).admin()) {
      // The app's output topics; the producers create their own inputs.
      new TopicProvisioner(admin, 3, (short) 1, Duration.ofSeconds(60)).provision(topics.all());
    }
    Path release = dir.resolve("hunnan-2022-06.csv");
    Files.writeString(release, RELEASE, StandardCharsets.UTF_8);

    Cli catalogue = Cli.run(producerEnvironment(PRODUCER_PASSWORD), "catalogue");
    assertThat(catalogue.exit()).as(catalogue.output()).isZero();

    Map<String, String> appEnvironment = clientEnvironment(APP_USER, APP_PASSWORD);
    appEnvironment.put(
        "PLANWATCH_SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO", APP_USER + ":" + APP_PASSWORD);
    appEnvironment.put("PLANWATCH_APPLICATION_ID", topics.prefix() + "pace");
    appEnvironment.put("PLANWATCH_HTTP_PORT", "0");
    appEnvironment.put("PLANWATCH_STATE_DIR", dir.resolve("state").toString());
    appEnvironment.put("PLANWATCH_ROCKSDB_BLOCK_CACHE_MB", "16");
    appEnvironment.put("PLANWATCH_ROCKSDB_WRITE_BUFFER_MB", "4");
    AppConfig config = AppConfigLoader.load(Optional.empty(), appEnvironment, Map.of());
    try (StreamsApp app = StreamsMain.app(config)) {
      app.start();

      Cli releases =
          Cli.run(producerEnvironment(PRODUCER_PASSWORD), "releases", release.toString());
      assertThat(releases.exit()).as(releases.output()).isZero();

      IndicatorProgress progress = awaitProgressWithAFigure("210112");
      assertThat(progress.getIndicatorCode()).isEqualTo("gdp");
      assertThat(progress.getActual()).isEqualTo(310.0);
      assertThat(progress.getYear()).isEqualTo(2022);
    }
  }

  @Test
  void shouldSayInOneLineThatTheBrokerRefusedAWrongPassword() throws Exception {
    Cli run = Cli.run(producerEnvironment("not-the-password"), "catalogue", "--timeout", "20");

    assertThat(run.exit()).as(run.output()).isEqualTo(2);
    assertThat(run.output())
        .contains("error: cannot reach the Kafka broker at " + broker.bootstrapServers())
        .contains("invalid credentials with SASL mechanism SCRAM-SHA-512")
        .doesNotContain("\tat ")
        .doesNotContain("Exception");
  }

  /** Reads {@code pace.progress} over SASL_SSL, decoding through the HTTPS registry. */
  private IndicatorProgress awaitProgressWithAFigure(String region) {
    Map<String, Object> props = securedClients(APP_USER, APP_PASSWORD).consumerProps();
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    SpecificAvroDeserializer<IndicatorProgress> values =
        new SpecificAvroDeserializer<>(IndicatorProgress.class);
    values.configure(
        Map.of(
            "schema.registry.url", registry.url(),
            "basic.auth.credentials.source", "USER_INFO",
            "basic.auth.user.info", APP_USER + ":" + APP_PASSWORD,
            "schema.registry.ssl.truststore.location", tls.trustStore().toString(),
            "schema.registry.ssl.truststore.password", tls.password()),
        false);
    List<String> seen = new ArrayList<>();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props)) {
      consumer.subscribe(List.of(topics.paceProgress().name()));
      while (System.nanoTime() < deadline) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          IndicatorProgress progress = values.deserialize(record.topic(), record.value());
          seen.add(record.key());
          if (region.equals(progress.getRegionCode()) && progress.getActual() != null) {
            return progress;
          }
        }
      }
    }
    throw new AssertionError(
        "no progress with a figure for region " + region + " within 4 min; keys seen: " + seen);
  }

  private static KafkaTestClients securedClients(String user, String password) {
    return new KafkaTestClients(broker.bootstrapServers(), tls.kafkaClientSettings(user, password));
  }

  private static Map<String, String> producerEnvironment(String password) {
    Map<String, String> env = clientEnvironment(PRODUCER_USER, password);
    env.put("PLANWATCH_SCHEMA_REGISTRY_USER_INFO", PRODUCER_USER + ":" + PRODUCER_PASSWORD);
    return env;
  }

  /** The documented settings every client of a secured deployment needs (docs/operations.md). */
  private static Map<String, String> clientEnvironment(String user, String password) {
    Map<String, String> env = new HashMap<>();
    env.put("PLANWATCH_BOOTSTRAP_SERVERS", broker.bootstrapServers());
    env.put("PLANWATCH_TOPIC_PREFIX", topics.prefix());
    env.put("PLANWATCH_KAFKA_SECURITY_PROTOCOL", "SASL_SSL");
    env.put("PLANWATCH_KAFKA_SASL_MECHANISM", "SCRAM-SHA-512");
    env.put("PLANWATCH_KAFKA_SASL_JAAS_CONFIG", TestCertificates.scramJaasConfig(user, password));
    env.put("PLANWATCH_KAFKA_SSL_TRUSTSTORE_TYPE", "PKCS12");
    env.put("PLANWATCH_KAFKA_SSL_TRUSTSTORE_LOCATION", tls.trustStore().toString());
    env.put("PLANWATCH_KAFKA_SSL_TRUSTSTORE_PASSWORD", tls.password());
    env.put("PLANWATCH_SCHEMA_REGISTRY_URL", registry.url());
    env.put("PLANWATCH_SCHEMA_REGISTRY_SSL_TRUSTSTORE_LOCATION", tls.trustStore().toString());
    env.put("PLANWATCH_SCHEMA_REGISTRY_SSL_TRUSTSTORE_PASSWORD", tls.password());
    return env;
  }

  /** The producers' command line in a JVM of its own, configured by its environment only. */
  private record Cli(int exit, String output) {
    static Cli run(Map<String, String> environment, String... args) throws Exception {
      List<String> command =
          new ArrayList<>(
              List.of(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xmx384m",
                  "-XX:+UseSerialGC",
                  "-XX:TieredStopAtLevel=1",
                  "-Duser.timezone=Asia/Shanghai",
                  "-Dfile.encoding=UTF-8",
                  "-cp",
                  System.getProperty("java.class.path"),
                  Main.class.getName()));
      command.addAll(List.of(args));
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.environment().keySet().removeIf(name -> name.startsWith("PLANWATCH_"));
      builder.environment().putAll(environment);
      Process process = builder.start();
      process.getOutputStream().close();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(3, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("producers " + List.of(args) + " did not end: " + output);
      }
      return new Cli(process.exitValue(), output);
    }
  }
}

package io.planwatch.streams.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppConfigLoaderTest {

  @TempDir Path dir;

  @Test
  void shouldUseCodeDefaultsWhenNothingIsConfigured() {
    final AppConfig config = AppConfigLoader.load(Optional.empty(), Map.of(), Map.of());

    assertThat(config.bootstrapServersText()).isEqualTo("localhost:9092");
    assertThat(config.applicationId()).isEqualTo("planwatch-pace");
    assertThat(config.topics().paceAlerts().name()).isEqualTo("planwatch.pace.alerts");
    assertThat(config.dlq().topic()).isEqualTo("planwatch.dlq");
    assertThat(config.http().port()).isEqualTo(8080);
    assertThat(config.http().corsAllowedOrigins()).isEmpty();
    assertThat(config.processing().processingGuarantee()).isEqualTo("exactly_once_v2");
    assertThat(config.processing().closeTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(config.processing().seriesPartitions()).isEqualTo(6);
    assertThat(config.processing().scorecardInterval()).isEqualTo(Duration.ofSeconds(1));
    assertThat(config.processing().applicationServer()).isEmpty();
    assertThat(config.registry().urls()).containsExactly(URI.create("http://localhost:8081"));
    assertThat(config.kafkaClientProperties()).isEmpty();
  }

  @Test
  void shouldLetFileOverrideDefaultsAndEnvironmentOverrideFile() throws IOException {
    final Path file =
        write(
            "app.properties",
            "http.port=9000\nnum.stream.threads=4\napplication.id=from-file\n"
                + "topic.prefix=test.\nseries.partitions=12\n");
    final Map<String, String> env =
        Map.of("PLANWATCH_HTTP_PORT", "9100", "PLANWATCH_APPLICATION_ID", "from-env");

    final AppConfig config = AppConfigLoader.load(Optional.of(file), env, Map.of());

    assertThat(config.http().port()).isEqualTo(9100);
    assertThat(config.applicationId()).isEqualTo("from-env");
    assertThat(config.processing().numStreamThreads()).isEqualTo(4);
    assertThat(config.processing().seriesPartitions()).isEqualTo(12);
    assertThat(config.topics().observations().name()).isEqualTo("test.stats.observations");
    assertThat(config.processing().numStandbyReplicas()).isZero();
  }

  @Test
  void shouldLetCommandLineOverrideEnvironment() {
    final AppConfig config =
        AppConfigLoader.load(
            Optional.empty(), Map.of("PLANWATCH_HTTP_PORT", "9100"), Map.of("http.port", "0"));

    assertThat(config.http().port()).isZero();
  }

  @Test
  void shouldReadEveryDocumentedEnvironmentVariable() {
    final Map<String, String> env =
        Map.ofEntries(
            Map.entry("PLANWATCH_BOOTSTRAP_SERVERS", "k1:9092, k2:9093"),
            Map.entry("PLANWATCH_SCHEMA_REGISTRY_URL", "https://registry.example:8081"),
            Map.entry("PLANWATCH_TOPIC_PREFIX", ""),
            Map.entry("PLANWATCH_APPLICATION_ID", "pace-2"),
            Map.entry("PLANWATCH_HTTP_PORT", "8181"),
            Map.entry("PLANWATCH_APPLICATION_SERVER", "10.0.0.7:8181"),
            Map.entry("PLANWATCH_STATE_DIR", "state"),
            Map.entry("PLANWATCH_NUM_STANDBY_REPLICAS", "1"),
            Map.entry("PLANWATCH_NUM_STREAM_THREADS", "2"),
            Map.entry("PLANWATCH_ROCKSDB_BLOCK_CACHE_MB", "256"),
            Map.entry("PLANWATCH_ROCKSDB_WRITE_BUFFER_MB", "64"),
            Map.entry("PLANWATCH_PROCESSING_GUARANTEE", "at_least_once"),
            Map.entry("PLANWATCH_REPLICATION_FACTOR", "3"),
            Map.entry("PLANWATCH_SERIES_PARTITIONS", "24"));

    final AppConfig config = AppConfigLoader.load(Optional.empty(), env, Map.of());

    assertThat(config.bootstrapServers())
        .containsExactly(new HostAndPort("k1", 9092), new HostAndPort("k2", 9093));
    assertThat(config.registry().urls())
        .containsExactly(URI.create("https://registry.example:8081"));
    assertThat(config.topics().deadLetters().name()).isEqualTo("dlq");
    assertThat(config.applicationId()).isEqualTo("pace-2");
    assertThat(config.http().port()).isEqualTo(8181);
    assertThat(config.processing().applicationServer()).contains(new HostAndPort("10.0.0.7", 8181));
    assertThat(config.processing().stateDir()).contains(Path.of("state"));
    assertThat(config.processing().numStandbyReplicas()).isEqualTo(1);
    assertThat(config.processing().numStreamThreads()).isEqualTo(2);
    assertThat(config.rocksDb()).isEqualTo(new RocksDbConfig(256, 64));
    assertThat(config.processing().processingGuarantee()).isEqualTo("at_least_once");
    assertThat(config.processing().replicationFactor()).isEqualTo(3);
    assertThat(config.processing().seriesPartitions()).isEqualTo(24);
  }

  @Test
  void shouldPassKafkaSecuritySettingsThroughToEveryClient() {
    final String jaas =
        "org.apache.kafka.common.security.plain.PlainLoginModule required"
            + " username=\"pace\" password=\"s3cret\";";
    final Map<String, String> env =
        Map.of(
            "PLANWATCH_KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
            "PLANWATCH_KAFKA_SASL_MECHANISM", "PLAIN",
            "PLANWATCH_KAFKA_SASL_JAAS_CONFIG", jaas,
            "PLANWATCH_SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO", "pace:registry-secret",
            "PLANWATCH_SCHEMA_REGISTRY_SSL_TRUSTSTORE_LOCATION", "/etc/planwatch/ca.p12",
            "PLANWATCH_SCHEMA_REGISTRY_SSL_TRUSTSTORE_PASSWORD", "ts-secret");

    final AppConfig config = AppConfigLoader.load(Optional.empty(), env, Map.of());

    assertThat(config.kafkaClientProperties())
        .containsEntry("security.protocol", "SASL_SSL")
        .containsEntry("sasl.mechanism", "PLAIN")
        .containsEntry("sasl.jaas.config", jaas);
    assertThat(config.toStreamsProperties())
        .containsEntry("security.protocol", "SASL_SSL")
        .containsEntry("sasl.jaas.config", jaas);
    assertThat(config.clientProperties())
        .containsEntry("security.protocol", "SASL_SSL")
        .containsEntry("bootstrap.servers", "localhost:9092");
    assertThat(config.registry().serdeConfig())
        .containsEntry("schema.registry.url", "http://localhost:8081")
        .containsEntry("basic.auth.credentials.source", "USER_INFO")
        .containsEntry("basic.auth.user.info", "pace:registry-secret")
        .containsEntry("schema.registry.ssl.truststore.location", "/etc/planwatch/ca.p12")
        .containsEntry("schema.registry.ssl.truststore.password", "ts-secret");
    assertThat(config.toString()).doesNotContain("ts-secret");
  }

  @Test
  void shouldNeverPrintSecrets() {
    final Map<String, String> env =
        Map.of(
            "PLANWATCH_KAFKA_SASL_JAAS_CONFIG", "x required password=\"s3cret\";",
            "PLANWATCH_KAFKA_SSL_KEYSTORE_PASSWORD", "ks-secret",
            "PLANWATCH_SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO", "pace:registry-secret");

    final String shown = AppConfigLoader.load(Optional.empty(), env, Map.of()).toString();

    assertThat(shown)
        .doesNotContain("s3cret")
        .doesNotContain("ks-secret")
        .doesNotContain("registry-secret")
        .contains("sasl.jaas.config=******");
  }

  @Test
  void shouldFlattenNestedYaml() throws IOException {
    final Path file =
        write(
            "app.yaml",
            """
            bootstrap.servers: [broker-1:9092, broker-2:9092]
            http:
              port: 8282
              cors.allowed.origins: https://dashboard.example.org
            kafka:
              security.protocol: SSL
              ssl.truststore.location: truststore.jks
            """);

    final AppConfig config = AppConfigLoader.load(Optional.of(file), Map.of(), Map.of());

    assertThat(config.bootstrapServersText()).isEqualTo("broker-1:9092,broker-2:9092");
    assertThat(config.http().port()).isEqualTo(8282);
    assertThat(config.http().corsAllowedOrigins()).containsExactly("https://dashboard.example.org");
    assertThat(config.kafkaClientProperties())
        .containsEntry("security.protocol", "SSL")
        .containsEntry("ssl.truststore.location", "truststore.jks");
  }

  @Test
  void shouldReportEveryProblemAtOnceNamingSettingValueAndOrigin() throws IOException {
    final Path file =
        write(
            "app.properties",
            "num.stream.threads=0\nprocessing.guarantee=exactly_once\nseries.partitions=0\n");
    final Map<String, String> env =
        Map.of(
            "PLANWATCH_HTTP_PORT", "eighty",
            "PLANWATCH_BOOTSTRAP_SERVERS", "broker-without-port",
            "PLANWATCH_ROCKSDB_WRITE_BUFFER_MB", "200",
            "PLANWATCH_SCHEMA_REGISTRY_URL", "registry:8081");

    assertThatThrownBy(() -> AppConfigLoader.load(Optional.of(file), env, Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("7 problems")
        .extracting(e -> ((ConfigException) e).problems(), LIST)
        .containsExactlyInAnyOrder(
            "bootstrap.servers = 'broker-without-port' (environment variable"
                + " PLANWATCH_BOOTSTRAP_SERVERS): not host:port: [broker-without-port]",
            "processing.guarantee = 'exactly_once' (file "
                + file
                + "): must be one of [exactly_once_v2, at_least_once]",
            "num.stream.threads = '0' (file " + file + "): must be between 1 and 1000",
            "series.partitions = '0' (file " + file + "): must be between 1 and 1000",
            "schema.registry.url = 'registry:8081' (environment variable"
                + " PLANWATCH_SCHEMA_REGISTRY_URL): needs http:// or https:// URLs (or one"
                + " mock://scope for tests), not [registry:8081]",
            "http.port = 'eighty' (environment variable PLANWATCH_HTTP_PORT): not a whole"
                + " number",
            "rocksdb.write.buffer.mb = '200' (environment variable"
                + " PLANWATCH_ROCKSDB_WRITE_BUFFER_MB): must be smaller than"
                + " rocksdb.block.cache.mb (128)");
  }

  @Test
  void shouldReadTheScorecardIntervalAndRejectANonPositiveOne() {
    final AppConfig config =
        AppConfigLoader.load(
            Optional.empty(), Map.of("PLANWATCH_SCORECARD_INTERVAL_MS", "2500"), Map.of());
    assertThat(config.processing().scorecardInterval()).isEqualTo(Duration.ofMillis(2500));

    assertThatThrownBy(
            () ->
                AppConfigLoader.load(
                    Optional.empty(), Map.of(), Map.of("scorecard.interval.ms", "0")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("scorecard.interval.ms = '0' (command line)")
        .hasMessageContaining("must be between 1 and");
  }

  @Test
  void shouldAcceptSeveralRegistryUrlsForFailOver() {
    final AppConfig config =
        AppConfigLoader.load(
            Optional.empty(),
            Map.of("PLANWATCH_SCHEMA_REGISTRY_URL", "http://r1:8081,http://r2:8081"),
            Map.of());

    assertThat(config.registry().serdeConfig())
        .containsEntry("schema.registry.url", "http://r1:8081,http://r2:8081");
  }

  @Test
  void shouldRejectIllegalTopicPrefix() {
    assertThatThrownBy(
            () ->
                AppConfigLoader.load(
                    Optional.empty(), Map.of("PLANWATCH_TOPIC_PREFIX", "plan watch/"), Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("topic.prefix = 'plan watch/'")
        .hasMessageContaining("letters, digits");
  }

  @Test
  void shouldRejectUnknownSettingInFile() throws IOException {
    final Path file = write("app.properties", "http.prot=9000\n");

    assertThatThrownBy(() -> AppConfigLoader.load(Optional.of(file), Map.of(), Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("http.prot (file " + file + "): unknown setting");
  }

  @Test
  void shouldSkipPrefixedEnvironmentVariablesThatNameNoSetting() {
    final AppConfig config =
        AppConfigLoader.load(
            Optional.empty(),
            Map.of("PLANWATCH_SIMULATOR_RATE", "5", "PLANWATCH_CONFIG", "app.yaml"),
            Map.of());

    assertThat(config.http().port()).isEqualTo(8080);
  }

  @Test
  void shouldRejectPassThroughThatDuplicatesATypedSetting() {
    assertThatThrownBy(
            () ->
                AppConfigLoader.load(
                    Optional.empty(),
                    Map.of("PLANWATCH_KAFKA_BOOTSTRAP_SERVERS", "other:9092"),
                    Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(
            "kafka.bootstrap.servers (environment variable PLANWATCH_KAFKA_BOOTSTRAP_SERVERS):"
                + " duplicates the setting bootstrap.servers (PLANWATCH_BOOTSTRAP_SERVERS)");
  }

  @Test
  void shouldNameFileAndLineOfYamlSyntaxError() throws IOException {
    final Path file = write("broken.yaml", "http:\n  port: 8080\n bad: [unclosed\n");

    assertThatThrownBy(() -> AppConfigLoader.load(Optional.of(file), Map.of(), Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("config file " + file + " line 3: not valid YAML");
  }

  @Test
  void shouldNameAMissingConfigFile() {
    final Path missing = dir.resolve("missing.yaml");

    assertThatThrownBy(() -> AppConfigLoader.load(Optional.of(missing), Map.of(), Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("config file " + missing + ": cannot read");
  }

  @Test
  void shouldRejectFileOfUnknownFormat() throws IOException {
    final Path file = write("app.toml", "http.port = 1\n");

    assertThatThrownBy(() -> AppConfigLoader.load(Optional.of(file), Map.of(), Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("unknown format");
  }

  @Test
  void shouldApplyLayersInTheOrderGiven() {
    final AppConfig config =
        AppConfigLoader.load(
            List.of(
                ConfigLayer.defaults(),
                ConfigLayer.of(Map.of("num.standby.replicas", "2"), "first"),
                ConfigLayer.of(Map.of("num.standby.replicas", "1"), "second")));

    assertThat(config.processing().numStandbyReplicas()).isEqualTo(1);
  }

  private Path write(final String name, final String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }
}

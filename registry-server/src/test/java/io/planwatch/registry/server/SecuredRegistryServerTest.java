package io.planwatch.registry.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planwatch.avro.SampleRecords;
import io.planwatch.avro.StatisticalObservation;
import io.planwatch.embedded.test.TestCertificates;
import io.planwatch.registry.client.RegistryClientConfig;
import io.planwatch.registry.client.RegistryUnreachableException;
import io.planwatch.registry.client.SchemaRegistryClients;
import io.planwatch.registry.client.SchemaRegistryException;
import io.planwatch.registry.serde.SpecificAvroSerde;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry over HTTPS (a CA made at test time) with the users of a users file. */
class SecuredRegistryServerTest {
  private static final String USER = "planwatch-app";
  private static final String PASSWORD = "s3cret, with: punctuation";

  /** The fewest iterations the file accepts; a deployment's lines have 310,000. */
  private static final int FAST = RegistryUsers.MIN_ITERATIONS;

  @TempDir Path dir;
  private final TestCertificates tls = TestCertificates.shared();
  private SchemaRegistryServer server;

  @BeforeEach
  void start() throws Exception {
    Path users = dir.resolve("registry-users");
    Files.writeString(
        users,
        "# planwatch registry users\n"
            + RegistryUsers.line(USER, PASSWORD, FAST)
            + "\n\n"
            + RegistryUsers.line("dashboard", "other", FAST)
            + "\n",
        StandardCharsets.UTF_8);
    server =
        new SchemaRegistryServer(
                RegistryServerOptions.onPort(0)
                    .withTls(tls.keyStore(), tls.password())
                    .withUsersFile(users))
            .start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void shouldAnswer401WithoutCredentialsAnd200WithThemOverHttps() throws Exception {
    assertThat(server.url()).startsWith("https://localhost:");
    HttpClient http = HttpClient.newBuilder().sslContext(trustingTestCa()).build();
    HttpRequest.Builder subjects = HttpRequest.newBuilder(URI.create(server.url() + "/subjects"));

    HttpResponse<String> anonymous =
        http.send(subjects.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));

    HttpResponse<String> wrong =
        http.send(
            subjects.copy().header("Authorization", basic(USER, "guess")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(wrong.statusCode()).isEqualTo(401);

    for (int call = 0; call < 2; call++) {
      HttpResponse<String> allowed =
          http.send(
              subjects.copy().header("Authorization", basic(USER, PASSWORD)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(allowed.statusCode()).isEqualTo(200);
      assertThat(allowed.body()).isEqualTo("[]");
    }
  }

  @Test
  void shouldCarryRecordsBetweenSerdesConfiguredWithConfluentsNames() {
    Map<String, Object> config = clientConfig(PASSWORD);
    var producerSide = SpecificAvroSerde.of(StatisticalObservation.class, config, false);
    var consumerSide = SpecificAvroSerde.of(StatisticalObservation.class, config, false);
    StatisticalObservation observation = SampleRecords.shenyangIndustryJune();

    byte[] bytes = producerSide.serializer().serialize("planwatch.stats.observations", observation);

    assertThat(consumerSide.deserializer().deserialize("planwatch.stats.observations", bytes))
        .isEqualTo(observation);
    assertThat(SchemaRegistryClients.create(config).subjects())
        .containsExactly("planwatch.stats.observations-value");
  }

  @Test
  void shouldSayWhatToCheckWhenTheCredentialsOrTheTrustAreWrong() {
    assertThatThrownBy(() -> SchemaRegistryClients.create(clientConfig("guess")).subjects())
        .isInstanceOfSatisfying(
            SchemaRegistryException.class, e -> assertThat(e.httpStatus()).isEqualTo(401))
        .hasMessageContaining("basic.auth.user.info");

    Map<String, Object> untrusting = clientConfig(PASSWORD);
    untrusting.remove(RegistryClientConfig.SSL_TRUSTSTORE_LOCATION);
    untrusting.put("max.retries", "0");
    assertThatThrownBy(() -> SchemaRegistryClients.create(untrusting).subjects())
        .isInstanceOf(RegistryUnreachableException.class)
        .hasMessageContaining(RegistryClientConfig.SSL_TRUSTSTORE_LOCATION);

    Map<String, Object> missingStore = clientConfig(PASSWORD);
    missingStore.put(
        RegistryClientConfig.SSL_TRUSTSTORE_LOCATION, dir.resolve("none.p12").toString());
    assertThatThrownBy(() -> SchemaRegistryClients.create(missingStore))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(RegistryClientConfig.SSL_TRUSTSTORE_LOCATION)
        .hasMessageContaining("none.p12");
  }

  @Test
  void shouldRefuseToStartWithABadUsersFileNamingEveryBadLine() throws Exception {
    Path users = dir.resolve("bad-users");
    Files.write(
        users,
        List.of(
            RegistryUsers.line(USER, PASSWORD, FAST),
            "nohash",
            "x:md5:1:abc:def",
            RegistryUsers.line(USER, "again", FAST)),
        StandardCharsets.UTF_8);

    assertThatThrownBy(
            () ->
                new SchemaRegistryServer(RegistryServerOptions.onPort(0).withUsersFile(users))
                    .start())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(users + ":2: expected name:pbkdf2-sha256")
        .hasMessageContaining(users + ":3: user 'x': unknown scheme 'md5'")
        .hasMessageContaining(users + ":4: user '" + USER + "' appears twice");
  }

  private Map<String, Object> clientConfig(String password) {
    Map<String, Object> config = new HashMap<>();
    config.put(RegistryClientConfig.SCHEMA_REGISTRY_URL, server.url());
    config.put(RegistryClientConfig.BASIC_AUTH_CREDENTIALS_SOURCE, "USER_INFO");
    config.put(RegistryClientConfig.BASIC_AUTH_USER_INFO, USER + ":" + password);
    config.put(RegistryClientConfig.SSL_TRUSTSTORE_LOCATION, tls.trustStore().toString());
    config.put(RegistryClientConfig.SSL_TRUSTSTORE_PASSWORD, tls.password());
    return config;
  }

  private SSLContext trustingTestCa() {
    return new RegistryClientConfig.TrustStore(tls.trustStore(), tls.password(), "PKCS12")
        .sslContext();
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}

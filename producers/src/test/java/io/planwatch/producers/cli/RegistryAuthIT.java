package io.planwatch.producers.cli;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.planwatch.embedded.EmbeddedKafkaBroker;
import io.planwatch.embedded.test.KafkaBrokerExtension;
import io.planwatch.embedded.test.TestCertificates;
import io.planwatch.producers.testing.TestFiles;
import io.planwatch.registry.server.RegistryServerOptions;
import io.planwatch.registry.server.RegistryUsers;
import io.planwatch.registry.server.SchemaRegistryServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(KafkaBrokerExtension.class)
class RegistryAuthIT {
  private final EmbeddedKafkaBroker broker;
  private SchemaRegistryServer registry;
  private Map<String, String> variables;
  @TempDir Path dir;

  RegistryAuthIT(EmbeddedKafkaBroker broker) {
    this.broker = broker;
  }

  @BeforeEach
  void startRegistryWithBasicAuth() {
    registry = new SchemaRegistryServer(new RegistryServerOptions(0, "planner:s3cret")).start();
    variables = new HashMap<>(CliEnvironment.fresh(broker, registry).variables());
  }

  @AfterEach
  void stopRegistry() {
    registry.close();
  }

  @Test
  void shouldPublishWithTheRegistryCredentialsFromTheEnvironment() {
    variables.put(Settings.ENV_SCHEMA_REGISTRY_USER_INFO, "planner:s3cret");

    CliRun run = CliRun.run(variables, "projects", fixture());

    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  @Test
  void shouldSayTheRegistryRefusedUsWithoutCredentials() {
    CliRun run = CliRun.run(variables, "projects", "--timeout", "2", fixture());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREACHABLE);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.errLines().get(0))
        .startsWith("error: cannot reach the schema registry at " + registry.url())
        .contains("basic auth");
  }

  @Test
  void shouldPublishToAnHttpsRegistryWithAUsersFileAndTheTestCa() throws Exception {
    Path users = dir.resolve("registry-users");
    Files.writeString(users, RegistryUsers.line("producer", "pr0ducer-secret") + "\n");
    TestCertificates tls = TestCertificates.shared();
    try (SchemaRegistryServer https =
        new SchemaRegistryServer(
                RegistryServerOptions.onPort(0)
                    .withTls(tls.keyStore(), tls.password())
                    .withUsersFile(users))
            .start()) {
      Map<String, String> secured = new HashMap<>(CliEnvironment.fresh(broker, https).variables());
      secured.put("PLANWATCH_SCHEMA_REGISTRY_SSL_TRUSTSTORE_LOCATION", tls.trustStore().toString());
      secured.put("PLANWATCH_SCHEMA_REGISTRY_SSL_TRUSTSTORE_PASSWORD", tls.password());

      CliRun anonymous = CliRun.run(secured, "projects", "--timeout", "2", fixture());
      assertThat(anonymous.exitCode()).isEqualTo(ExitCodes.UNREACHABLE);
      assertThat(anonymous.errLines())
          .singleElement(as(InstanceOfAssertFactories.STRING))
          .startsWith("error: cannot reach the schema registry at https://localhost:")
          .contains("HTTP 401");

      secured.put(Settings.ENV_SCHEMA_REGISTRY_USER_INFO, "producer:pr0ducer-secret");
      CliRun run = CliRun.run(secured, "projects", fixture());
      assertThat(run.exitCode()).as(run.err()).isZero();
    }
  }

  private String fixture() {
    return TestFiles.fixture("projects-2022-06.csv", dir).toString();
  }
}

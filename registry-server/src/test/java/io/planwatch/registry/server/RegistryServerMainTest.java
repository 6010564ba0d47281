package io.planwatch.registry.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegistryServerMainTest {

  @Test
  void shouldDefaultToTheConfluentPortWithoutAuth() {
    assertThat(RegistryServerMain.parse(new String[0]))
        .isEqualTo(new RegistryServerOptions(8081, null));
  }

  @Test
  void shouldReadPortAndBasicAuth() {
    assertThat(RegistryServerMain.parse(new String[] {"--port", "0", "--basic-auth", "u:p"}))
        .isEqualTo(new RegistryServerOptions(0, "u:p"));
  }

  @Test
  void shouldReadTheDataDirectory() {
    assertThat(RegistryServerMain.parse(new String[] {"--data-dir", "data/registry"}))
        .isEqualTo(
            RegistryServerOptions.onPort(8081).withDataDirectory(Path.of("data", "registry")));
  }

  @Test
  void shouldTakeTheKeyStorePasswordFromTheEnvironmentOnly() {
    String[] args = {"--tls-keystore", "registry.p12", "--users-file", "users"};

    assertThat(
            RegistryServerMain.parse(
                args, Map.of(RegistryServerMain.ENV_KEYSTORE_PASSWORD, "store-secret")))
        .isEqualTo(
            RegistryServerOptions.onPort(8081)
                .withTls(Path.of("registry.p12"), "store-secret")
                .withUsersFile(Path.of("users")));
    assertThatThrownBy(() -> RegistryServerMain.parse(args, Map.of()))
        .hasMessageContaining(RegistryServerMain.ENV_KEYSTORE_PASSWORD);
  }

  @Test
  void shouldRejectUnknownOptionsAndBadPorts() {
    assertThatThrownBy(() -> RegistryServerMain.parse(new String[] {"--prot", "1"}))
        .hasMessageContaining("--prot");
    assertThatThrownBy(() -> RegistryServerMain.parse(new String[] {"--port", "eighty"}))
        .hasMessageContaining("eighty");
    assertThatThrownBy(() -> RegistryServerMain.parse(new String[] {"--port"}))
        .hasMessageContaining("missing value");
  }
}

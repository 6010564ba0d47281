package io.planwatch.registry.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
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
  void shouldRejectUnknownOptionsAndBadPorts() {
    assertThatThrownBy(() -> RegistryServerMain.parse(new String[] {"--prot", "1"}))
        .hasMessageContaining("--prot");
    assertThatThrownBy(() -> RegistryServerMain.parse(new String[] {"--port", "eighty"}))
        .hasMessageContaining("eighty");
    assertThatThrownBy(() -> RegistryServerMain.parse(new String[] {"--port"}))
        .hasMessageContaining("missing value");
  }
}

package io.planwatch.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builder behaviour that needs no running broker. */
class EmbeddedKafkaBrokerTest {
  @TempDir Path tempDir;

  @Test
  void shouldKnowBootstrapServersBeforeStartWhenPortIsZero() {
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().dataDir(tempDir).build()) {
      assertThat(broker.port()).isPositive();
      assertThat(broker.controllerPort()).isPositive().isNotEqualTo(broker.port());
      assertThat(broker.bootstrapServers()).isEqualTo("localhost:" + broker.port());
      assertThat(broker.isRunning()).isFalse();
      assertThat(broker.clusterId()).isEmpty();
    }
  }

  @Test
  void shouldKeepGivenPorts() {
    EmbeddedKafkaBroker broker =
        EmbeddedKafkaBroker.builder().port(19092).controllerPort(19093).dataDir(tempDir).build();

    assertThat(broker.bootstrapServers()).isEqualTo("localhost:19092");
    assertThat(broker.controllerPort()).isEqualTo(19093);
  }

  @Test
  void shouldRejectEqualExplicitPorts() {
    EmbeddedKafkaBroker.Builder builder =
        EmbeddedKafkaBroker.builder().port(19092).controllerPort(19092).dataDir(tempDir);

    assertThatThrownBy(builder::build).hasMessageContaining("must differ");
  }

  @Test
  void shouldRejectInvalidSettingsNamingTheSetting() {
    EmbeddedKafkaBroker.Builder builder = EmbeddedKafkaBroker.builder();

    assertThatThrownBy(() -> builder.port(70000)).hasMessageContaining("port");
    assertThatThrownBy(() -> builder.numPartitions(0)).hasMessageContaining("numPartitions");
    assertThatThrownBy(() -> builder.startupTimeout(Duration.ZERO))
        .hasMessageContaining("startupTimeout");
  }

  @Test
  void shouldDeleteTemporaryDataDirOnCloseAndRefuseToStartAfterwards() {
    EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().build();
    Path dir = broker.dataDir();
    assertThat(dir).isDirectory();

    broker.close();
    broker.close();

    assertThat(Files.exists(dir)).isFalse();
    assertThatThrownBy(broker::start).hasMessageContaining("closed");
  }

  @Test
  void shouldKeepGivenDataDirOnClose() {
    Path dir = tempDir.resolve("kept");
    EmbeddedKafkaBroker.builder().dataDir(dir).build().close();

    assertThat(tempDir).isDirectory();
  }
}

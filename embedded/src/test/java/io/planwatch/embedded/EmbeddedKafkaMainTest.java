package io.planwatch.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EmbeddedKafkaMainTest {
  @Test
  void shouldDefaultToPort9092AndLocalDataFolder() {
    EmbeddedKafkaBroker broker = EmbeddedKafkaMain.parse(new String[0]).build();

    assertThat(broker.port()).isEqualTo(9092);
    assertThat(broker.dataDir()).isEqualTo(Path.of("data", "kafka").toAbsolutePath());
  }

  @Test
  void shouldTakePortsAndDataDirFromArguments() {
    EmbeddedKafkaBroker broker =
        EmbeddedKafkaMain.parse(
                new String[] {"--port", "29092", "--controller-port", "29093", "--data-dir", "x"})
            .build();

    assertThat(broker.bootstrapServers()).isEqualTo("localhost:29092");
    assertThat(broker.controllerPort()).isEqualTo(29093);
    assertThat(broker.dataDir()).isEqualTo(Path.of("x").toAbsolutePath());
  }

  @Test
  void shouldNameTheBadArgument() {
    assertThatThrownBy(() -> EmbeddedKafkaMain.parse(new String[] {"--port", "abc"}))
        .hasMessageContaining("--port")
        .hasMessageContaining("abc");
    assertThatThrownBy(() -> EmbeddedKafkaMain.parse(new String[] {"--colour", "red"}))
        .hasMessageContaining("--colour");
    assertThatThrownBy(() -> EmbeddedKafkaMain.parse(new String[] {"--data-dir"}))
        .hasMessageContaining("--data-dir");
  }
}

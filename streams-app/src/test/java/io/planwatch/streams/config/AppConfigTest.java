package io.planwatch.streams.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndFailExceptionHandler;
import org.junit.jupiter.api.Test;

class AppConfigTest {

  @Test
  void shouldBuildExactlyOnceStreamsPropertiesWithBoundedRocksDbMemory() {
    final AppConfig config =
        AppConfigLoader.load(
            Optional.empty(),
            Map.of(
                "PLANWATCH_NUM_STANDBY_REPLICAS", "1",
                "PLANWATCH_APPLICATION_SERVER", "pace-0.pace:8080",
                "PLANWATCH_STATE_DIR", "state",
                "PLANWATCH_REPLICATION_FACTOR", "3"),
            Map.of());

    final Properties properties = config.toStreamsProperties();

    assertThat(properties)
        .containsEntry(StreamsConfig.APPLICATION_ID_CONFIG, "planwatch-pace")
        .containsEntry(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092")
        .containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2)
        .containsEntry(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, 1)
        .containsEntry(StreamsConfig.REPLICATION_FACTOR_CONFIG, 3)
        .containsEntry(StreamsConfig.APPLICATION_SERVER_CONFIG, "pace-0.pace:8080")
        .containsEntry(StreamsConfig.STATE_DIR_CONFIG, "state")
        .containsEntry(
            StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG,
            BoundedMemoryRocksDBConfig.class.getName())
        .containsEntry(BoundedMemoryRocksDBConfig.TOTAL_MEMORY_BYTES, 128L * 1024 * 1024)
        .containsEntry(BoundedMemoryRocksDBConfig.WRITE_BUFFER_BYTES, 32L * 1024 * 1024);
    assertThatCode(() -> new StreamsConfig(properties)).doesNotThrowAnyException();
  }

  @Test
  void shouldCarryDeadLetterSettingsForTheExceptionHandlers() {
    final AppConfig config =
        AppConfigLoader.load(
            Optional.empty(),
            Map.of("PLANWATCH_TOPIC_PREFIX", "test.", "PLANWATCH_DLQ_ENABLED", "false"),
            Map.of());

    final Map<String, Object> handlerConfigs = new HashMap<>();
    config.toStreamsProperties().forEach((k, v) -> handlerConfigs.put(k.toString(), v));

    assertThat(DlqConfig.fromProperties(handlerConfigs))
        .isEqualTo(new DlqConfig("test.dlq", false, false))
        .isEqualTo(config.dlq());
  }

  @Test
  void shouldNameTheMissingDeadLetterSetting() {
    assertThatThrownBy(() -> DlqConfig.fromProperties(Map.of(DlqConfig.TOPIC, "planwatch.dlq")))
        .isInstanceOf(org.apache.kafka.common.config.ConfigException.class)
        .hasMessageContaining(DlqConfig.ENABLED);
  }

  @Test
  void shouldLetConfiguredPropertiesWinOverCodeDefaults() {
    final AppConfig config =
        AppConfigLoader.load(
            Optional.empty(),
            Map.of(
                "PLANWATCH_KAFKA_ROCKSDB_CONFIG_SETTER", "com.example.OwnSetter",
                "PLANWATCH_KAFKA_DESERIALIZATION_EXCEPTION_HANDLER", "com.example.OwnHandler"),
            Map.of());

    final Properties properties =
        config.toStreamsProperties(
            Map.of(
                StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                LogAndFailExceptionHandler.class.getName(),
                StreamsConfig.COMMIT_INTERVAL_MS_CONFIG,
                200));

    assertThat(properties)
        .containsEntry(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, "com.example.OwnSetter")
        .containsEntry(
            StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, "com.example.OwnHandler")
        .containsEntry(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 200);
  }
}

package io.planwatch.streams.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfigKeyTest {

  @Test
  void shouldMapEveryKeyToItsEnvironmentVariableAndBack() {
    for (final ConfigKey key : ConfigKey.values()) {
      assertThat(ConfigKey.keyOfEnvName(key.envName())).isEqualTo(key.key());
      assertThat(ConfigKey.fromKey(key.key())).contains(key);
    }
    assertThat(ConfigKey.SCHEMA_REGISTRY_URL.envName()).isEqualTo("PLANWATCH_SCHEMA_REGISTRY_URL");
  }

  @Test
  void shouldMapKafkaPassThroughVariablesToClientProperties() {
    assertThat(ConfigKey.keyOfEnvName("PLANWATCH_KAFKA_SASL_JAAS_CONFIG"))
        .isEqualTo("kafka.sasl.jaas.config");
  }
}

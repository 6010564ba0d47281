package io.planwatch.producers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.planwatch.producers.publish.InfrastructureException;
import io.planwatch.producers.publish.InfrastructureException.Component;
import org.junit.jupiter.api.Test;

class UnreachableMessageTest {
  @Test
  void shouldPutTheAddressTheCauseAndWhatToCheckOnOneLine() {
    InfrastructureException e =
        new InfrastructureException(
            Component.KAFKA, "broker-1:9093", "SSL handshake failed\n  at line 2", null);

    String line = ProducersCommand.unreachable(e);

    assertThat(line)
        .doesNotContain("\n")
        .startsWith(
            "error: cannot reach the Kafka broker at broker-1:9093 (SSL handshake failed at line 2)")
        .contains(
            "PLANWATCH_BOOTSTRAP_SERVERS", "security.protocol", "无法连接 Kafka 服务器 broker-1:9093");
  }

  @Test
  void shouldTellToCheckTheRegistryUrlAndItsBasicAuth() {
    InfrastructureException e =
        new InfrastructureException(
            Component.SCHEMA_REGISTRY, "https://registry:8081", "HTTP 401 Unauthorized", null);

    assertThat(ProducersCommand.unreachable(e))
        .startsWith("error: cannot reach the schema registry at https://registry:8081 (HTTP 401")
        .contains("--schema-registry-url", "basic auth", "认证信息");
  }
}

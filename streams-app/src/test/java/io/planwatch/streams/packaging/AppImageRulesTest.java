package io.planwatch.streams.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppImageRulesTest {

  @Test
  void shouldNameEveryBrokerRegistryProducerAndLauncherClass() {
    final Map<String, List<String>> image = new LinkedHashMap<>();
    image.put(
        "kafka_2.13-4.3.1.jar", List.of("kafka/Kafka.class", "kafka/server/KafkaRaftServer.class"));
    image.put(
        "kafka-server-4.3.1.jar",
        List.of("org/apache/kafka/server/quota/ClientQuotaManager.class", "META-INF/MANIFEST.MF"));
    image.put(
        "planwatch-registry-server-0.1.0-SNAPSHOT.jar",
        List.of("io/planwatch/registry/server/SchemaRegistryServer.class"));
    image.put(
        "planwatch-app.jar",
        List.of(
            "io/planwatch/streams/launcher/PlanwatchMain.class",
            "io/planwatch/streams/runtime/StreamsMain.class"));

    assertThat(AppImageRules.offending(image))
        .containsExactly(
            "kafka_2.13-4.3.1.jar!/kafka/Kafka.class (the Kafka broker (kafka_2.13: kafka.Kafka,"
                + " kafka.server.*))",
            "kafka_2.13-4.3.1.jar!/kafka/server/KafkaRaftServer.class (the Kafka broker"
                + " (kafka_2.13: kafka.Kafka, kafka.server.*))",
            "kafka-server-4.3.1.jar!/org/apache/kafka/server/quota/ClientQuotaManager.class (the"
                + " Kafka broker's server classes (kafka-server, kafka-server-common …))",
            "planwatch-registry-server-0.1.0-SNAPSHOT.jar!/io/planwatch/registry/server/"
                + "SchemaRegistryServer.class (the registry server (module registry-server))",
            "planwatch-app.jar!/io/planwatch/streams/launcher/PlanwatchMain.class (the launcher"
                + " (module launcher))");
  }

  @Test
  void shouldAllowTheClientsPluginInterfacesAndTheStreamsApp() {
    final Map<String, List<String>> image =
        Map.of(
            "kafka-clients-4.3.1.jar",
            List.of(
                "org/apache/kafka/server/authorizer/Authorizer.class",
                "org/apache/kafka/server/quota/ClientQuotaCallback.class"),
            "kafka-streams-4.3.1.jar",
            List.of("kafka/kafka-streams-version.properties"),
            "planwatch-app.jar",
            List.of("io/planwatch/streams/runtime/StreamsMain.class"));

    assertThat(AppImageRules.offending(image)).isEmpty();
  }
}

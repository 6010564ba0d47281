package io.planwatch.producers.cli;

import io.planwatch.embedded.EmbeddedKafkaBroker;
import io.planwatch.registry.server.SchemaRegistryServer;
import io.planwatch.topics.Topics;
import java.util.Map;
import java.util.UUID;

/** The environment a test gives the command line: the test broker and registry, its own prefix. */
record CliEnvironment(EmbeddedKafkaBroker broker, SchemaRegistryServer registry, Topics topics) {
  static CliEnvironment fresh(EmbeddedKafkaBroker broker, SchemaRegistryServer registry) {
    return new CliEnvironment(
        broker,
        registry,
        Topics.withPrefix("cli-" + UUID.randomUUID().toString().substring(0, 8) + "."));
  }

  Map<String, String> variables() {
    return Map.of(
        Settings.ENV_BOOTSTRAP_SERVERS, broker.bootstrapServers(),
        Settings.ENV_SCHEMA_REGISTRY_URL, registry.url(),
        Settings.ENV_TOPIC_PREFIX, topics.prefix());
  }
}

package io.planwatch.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The resolved settings of one embedded node: every port is concrete (a requested 0 has been
 * replaced by a free port), the data directory exists or will be created.
 */
record BrokerSettings(
    String host,
    int nodeId,
    int listenerPort,
    int controllerPort,
    Path dataDir,
    boolean autoCreateTopics,
    int numPartitions,
    Duration startupTimeout,
    Duration shutdownTimeout,
    Map<String, String> overrides) {

  BrokerSettings {
    overrides = Map.copyOf(overrides);
  }

  String bootstrapServers() {
    return host + ":" + listenerPort;
  }
}

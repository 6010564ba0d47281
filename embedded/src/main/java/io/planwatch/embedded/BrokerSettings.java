package io.planwatch.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The resolved settings of one embedded node: every port is concrete (a requested 0 has been
 * replaced by a free port), the data directory exists or will be created.
 *
 * @param internalPort the loopback PLAINTEXT listener between the broker and itself (transaction
 *     markers, the start-up checks) when the client listener is secured; 0 when it is not
 * @param security how the client listener is secured; empty for PLAINTEXT
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
    Map<String, String> overrides,
    int internalPort,
    Optional<ListenerSecurity> security) {

  /** The host of the loopback inter-broker listener. */
  static final String LOOPBACK = "127.0.0.1";

  BrokerSettings {
    overrides = Map.copyOf(overrides);
  }

  String bootstrapServers() {
    return host + ":" + listenerPort;
  }

  /**
   * Where the node's own admin calls go: the client listener, or the loopback PLAINTEXT listener
   * when the client listener asks for credentials.
   */
  String adminBootstrapServers() {
    return security.isPresent() ? LOOPBACK + ":" + internalPort : bootstrapServers();
  }
}

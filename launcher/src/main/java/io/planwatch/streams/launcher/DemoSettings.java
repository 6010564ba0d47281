package io.planwatch.streams.launcher;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What {@code ./planwatch demo} runs with.
 *
 * @param dataDir where the broker, the registry and the app keep their data ({@code ./data})
 * @param kafkaPort Kafka listener port (9092)
 * @param registryPort schema registry port (8081)
 * @param httpPort REST API and dashboard port (8080)
 * @param monthPause how long each simulated month stays on screen; zero replays at full speed
 * @param firstYear first simulated year
 * @param lastYear last simulated year
 * @param seed simulation seed (same seed, same data)
 */
record DemoSettings(
    Path dataDir,
    int kafkaPort,
    int registryPort,
    int httpPort,
    Duration monthPause,
    int firstYear,
    int lastYear,
    long seed) {

  String bootstrapServers() {
    return "localhost:" + kafkaPort;
  }

  String registryUrl() {
    return "http://localhost:" + registryPort;
  }
}

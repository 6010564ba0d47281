package io.planwatch.streams.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How this instance processes: guarantee, threads, replication of state, where state lives and
 * where other instances reach it for interactive queries.
 *
 * @param processingGuarantee Kafka's value, {@code exactly_once_v2} or {@code at_least_once}
 * @param replicationFactor of internal topics; -1 lets the broker decide
 * @param stateDir empty: Kafka's default (a folder under the system temp dir)
 * @param applicationServer empty: interactive queries stay local
 * @param closeTimeout how long a shutdown waits for the streams before giving up
 * @param seriesPartitions partitions of the two repartition topics that meet in the series
 *     evaluator; fixed for the life of an application id (changing it needs an application reset)
 * @param scorecardInterval how often changed scorecards are recomputed and emitted
 * @param topicPartitions partitions of the topics the app creates when absent (outputs, dlq)
 * @param restoreStallTimeout a store restore without progress for this long is reported as stalled
 */
public record ProcessingConfig(
    String processingGuarantee,
    int replicationFactor,
    int numStandbyReplicas,
    int numStreamThreads,
    Optional<Path> stateDir,
    Optional<HostAndPort> applicationServer,
    Duration closeTimeout,
    int seriesPartitions,
    Duration scorecardInterval,
    int topicPartitions,
    Duration restoreStallTimeout) {}

package io.planwatch.embedded;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.FeatureUpdate;
import org.apache.kafka.clients.admin.FinalizedVersionRange;
import org.apache.kafka.clients.admin.UpdateFeaturesOptions;
import org.apache.kafka.server.common.EligibleLeaderReplicasVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one-node broker runs with eligible leader replicas (KIP-966, feature {@code
 * eligible.leader.replicas.version}) off, although Kafka 4.3 formats with it on.
 *
 * <p>Why. With ELR on, a node that restarts after SIGKILL or a power cut is handled by the
 * controller as an unclean shutdown ({@code handleBrokerUncleanShutdown}): it is removed from the
 * ISR of every partition, and since it is the only replica every partition is left with {@code
 * isr=[]} and {@code leader=-1} and has to go through an unclean election ({@code leaderEpoch +2},
 * {@code RECOVERING}) before it has a leader again. While the partitions are leaderless, the
 * transaction coordinator, which has just loaded its state, skips the marker of a partition whose
 * leader it cannot find: Kafka 4.3's {@code KRaftMetadataCache.getPartitionLeaderEndpoint} returns
 * empty for {@code leader=-1}, and {@code TransactionMarkerChannelManager} then logs "Couldn't find
 * leader endpoint ... likely deleted already and hence can be skipped", removes the partition from
 * the transaction and completes it. The partition keeps an open transaction that its coordinator
 * lists as {@code CompleteCommit}: a hanging transaction, and every read_committed reader (the
 * app's restore consumer too) stops at it. With ELR off a lone node stays in its own ISR, the
 * restart is an ordinary clean election, and no unclean recovery happens.
 *
 * <p>What ELR buys a multi-node cluster (no data loss when the last ISR member dies uncleanly)
 * cannot apply to one node. A data directory formatted before this change still has ELR on; the
 * broker switches it off on its first start ({@link #disable}), so from then on its restarts are
 * clean too.
 */
final class EligibleLeaderReplicas {
  static final String FEATURE = EligibleLeaderReplicasVersion.FEATURE_NAME;
  static final short LEVEL = EligibleLeaderReplicasVersion.ELRV_0.featureLevel();

  private static final Logger LOG = LoggerFactory.getLogger(EligibleLeaderReplicas.class);

  private EligibleLeaderReplicas() {}

  /**
   * Switches ELR off on a running node if its data directory was formatted with it on (a safe
   * downgrade, which Kafka allows for this feature); does nothing when it is off already.
   *
   * @throws IllegalStateException if the node does not answer or refuses the downgrade
   */
  static void disable(String bootstrapServers, Duration timeout) {
    Map<String, Object> config =
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers,
            AdminClientConfig.CLIENT_ID_CONFIG,
            "planwatch-embedded-features",
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
            (int) timeout.toMillis());
    try (Admin admin = Admin.create(config)) {
      FinalizedVersionRange current =
          admin
              .describeFeatures()
              .featureMetadata()
              .get(timeout.toMillis(), TimeUnit.MILLISECONDS)
              .finalizedFeatures()
              .get(FEATURE);
      if (current == null || current.maxVersionLevel() <= LEVEL) {
        return;
      }
      admin
          .updateFeatures(
              Map.of(FEATURE, new FeatureUpdate(LEVEL, FeatureUpdate.UpgradeType.SAFE_DOWNGRADE)),
              new UpdateFeaturesOptions())
          .all()
          .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      LOG.info(
          "Switched {} from {} to {} on {}: a lone node must not go through unclean leader"
              + " elections after a crash",
          FEATURE,
          current.maxVersionLevel(),
          LEVEL,
          bootstrapServers);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(
          "Could not switch " + FEATURE + " off on " + bootstrapServers + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted switching " + FEATURE + " off", e);
    }
  }
}

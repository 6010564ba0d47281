package io.planwatch.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.properties.MetaProperties;
import org.apache.kafka.metadata.properties.MetaPropertiesEnsemble;
import org.apache.kafka.metadata.properties.PropertiesUtils;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The KRaft storage of one combined-mode node: what {@code kafka-storage format} does, in-process.
 * A directory without {@code meta.properties} is formatted with a fresh cluster id; a formatted one
 * is reused as it is, so a restart resumes with the same cluster, topics and records.
 */
final class KraftStorage {
  private static final Logger LOG = LoggerFactory.getLogger(KraftStorage.class);

  private KraftStorage() {}

  /**
   * Formats {@code dataDir} unless it already is, and returns its cluster id.
   *
   * @param dataDir the single log directory, also the metadata log directory
   * @param nodeId the node id written into (or expected in) {@code meta.properties}
   * @param controllerListenerName the name of the controller listener
   * @param scramUsers SCRAM-SHA-512 users written into the bootstrap metadata when formatting
   *     ({@code kafka-storage format --add-scram}); ignored when the directory is reused
   */
  static Storage formatOrReuse(
      Path dataDir, int nodeId, String controllerListenerName, Map<String, String> scramUsers) {
    Path metaFile = dataDir.resolve(MetaPropertiesEnsemble.META_PROPERTIES_NAME);
    if (Files.isRegularFile(metaFile)) {
      return new Storage(existingClusterId(metaFile, nodeId), false);
    }
    String clusterId = Uuid.randomUuid().toString();
    ByteArrayOutputStream formatterOutput = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(formatterOutput, true, StandardCharsets.UTF_8)) {
      Files.createDirectories(dataDir);
      new Formatter()
          .setPrintStream(out)
          .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
          // Kafka's default feature levels, transactions v2 included, as production brokers
          // have: the OutOfOrderSequenceException v2 may log is retried (docs/operations.md).
          // Eligible leader replicas (KIP-966) stay on too: with them off, a lone node restarted
          // after SIGKILL is still fenced and re-elected, and its transaction coordinator still
          // drops markers while the partitions are leaderless (issue 18, docs/operations.md).
          .setNodeId(nodeId)
          .setClusterId(clusterId)
          .setControllerListenerName(controllerListenerName)
          .setMetadataLogDirectory(dataDir.toString())
          .addDirectory(dataDir.toString())
          .setScramArguments(ScramUsers.formatterArguments(scramUsers))
          .run();
    } catch (Exception e) {
      throw new IllegalStateException(
          "Could not format the Kafka data directory "
              + dataDir
              + ": "
              + e.getMessage()
              + "\n"
              + formatterOutput.toString(StandardCharsets.UTF_8),
          e);
    }
    LOG.info("Formatted {} for new cluster {}", dataDir, clusterId);
    LOG.debug("{}", formatterOutput.toString(StandardCharsets.UTF_8));
    return new Storage(clusterId, true);
  }

  /**
   * A node's storage, ready to start on.
   *
   * @param clusterId the cluster id in {@code meta.properties}
   * @param formatted whether this call formatted it (false: an earlier run did)
   */
  record Storage(String clusterId, boolean formatted) {}

  private static String existingClusterId(Path metaFile, int nodeId) {
    Properties properties;
    try {
      properties = PropertiesUtils.readPropertiesFile(metaFile.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + metaFile, e);
    }
    MetaProperties meta = new MetaProperties.Builder(properties).build();
    String clusterId =
        meta.clusterId()
            .orElseThrow(
                () -> new IllegalStateException(metaFile + " has no cluster.id: " + properties));
    if (meta.nodeId().isPresent() && meta.nodeId().getAsInt() != nodeId) {
      throw new IllegalStateException(
          metaFile
              + " belongs to node.id "
              + meta.nodeId().getAsInt()
              + ", not to node.id "
              + nodeId
              + "; use the same node id or another data directory");
    }
    LOG.info("Reusing {} of cluster {}", metaFile.getParent(), clusterId);
    return clusterId;
  }
}

package io.planwatch.topics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.CreateTopicsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the catalogue's missing topics and checks the existing ones. A topic is created with the
 * configured partitions and replication factor and the catalogue's cleanup policy and retention; an
 * existing topic is never altered, but a cleanup policy that differs from the catalogue is
 * reported.
 */
public final class TopicProvisioner {
  private static final Logger LOG = LoggerFactory.getLogger(TopicProvisioner.class);
  private static final Duration RETRY_BACKOFF = Duration.ofMillis(100);

  private final Admin admin;
  private final int partitions;
  private final short replicationFactor;
  private final Duration timeout;

  /** The replication factor that lets the broker decide ({@code default.replication.factor}). */
  public static final short BROKER_DEFAULT_REPLICATION = -1;

  /**
   * @param admin the admin client to use; the caller closes it
   * @param partitions partitions of each created topic, at least 1
   * @param replicationFactor replicas of each created topic, at least 1, or {@link
   *     #BROKER_DEFAULT_REPLICATION}
   * @param timeout the bound of each admin call
   */
  public TopicProvisioner(Admin admin, int partitions, short replicationFactor, Duration timeout) {
    this.admin = Objects.requireNonNull(admin, "admin");
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be >= 1, was " + partitions);
    }
    if (replicationFactor < 1 && replicationFactor != BROKER_DEFAULT_REPLICATION) {
      throw new IllegalArgumentException(
          "replicationFactor must be >= 1 or -1 (broker default), was " + replicationFactor);
    }
    this.partitions = partitions;
    this.replicationFactor = replicationFactor;
    this.timeout = Objects.requireNonNull(timeout, "timeout");
  }

  /**
   * Creates every missing topic of {@code specs} and checks the others.
   *
   * @throws IllegalStateException if the broker does not answer within the timeout or refuses a
   *     creation for another reason than the topic existing already
   */
  public ProvisioningReport provision(Collection<? extends TopicSpec<?>> specs) {
    Set<String> present = await(admin.listTopics().names(), "list topics");
    List<NewTopic> toCreate = new ArrayList<>();
    List<TopicSpec<?>> toCheck = new ArrayList<>();
    for (TopicSpec<?> spec : specs) {
      if (present.contains(spec.name())) {
        toCheck.add(spec);
      } else {
        toCreate.add(newTopic(spec));
      }
    }
    List<String> created = new ArrayList<>();
    if (!toCreate.isEmpty()) {
      CreateTopicsResult result = admin.createTopics(toCreate);
      for (Map.Entry<String, KafkaFuture<Void>> entry : result.values().entrySet()) {
        if (createdNow(entry.getKey(), entry.getValue())) {
          created.add(entry.getKey());
        } else {
          specs.stream().filter(spec -> spec.name().equals(entry.getKey())).forEach(toCheck::add);
        }
      }
    }
    List<TopicMismatch> mismatches = check(toCheck);
    List<String> existing = toCheck.stream().map(TopicSpec::name).toList();
    ProvisioningReport report = new ProvisioningReport(created, existing, mismatches);
    LOG.info("Topics created: {}; already present: {}", created, existing);
    mismatches.forEach(mismatch -> LOG.warn("Topic differs from the catalogue: {}", mismatch));
    return report;
  }

  private NewTopic newTopic(TopicSpec<?> spec) {
    Optional<Short> replicas =
        replicationFactor == BROKER_DEFAULT_REPLICATION
            ? Optional.empty()
            : Optional.of(replicationFactor);
    return new NewTopic(spec.name(), Optional.of(partitions), replicas)
        .configs(spec.topicConfigs());
  }

  private boolean createdNow(String topic, KafkaFuture<Void> future) {
    try {
      await(future, "create topic " + topic);
      return true;
    } catch (IllegalStateException e) {
      if (e.getCause() instanceof TopicExistsException) {
        // Created meanwhile by another instance: check it like any existing topic.
        return false;
      }
      throw e;
    }
  }

  private List<TopicMismatch> check(List<TopicSpec<?>> specs) {
    if (specs.isEmpty()) {
      return List.of();
    }
    List<ConfigResource> resources =
        specs.stream()
            .map(spec -> new ConfigResource(ConfigResource.Type.TOPIC, spec.name()))
            .toList();
    Map<ConfigResource, Config> configs = describeConfigs(resources);
    List<TopicMismatch> mismatches = new ArrayList<>();
    for (TopicSpec<?> spec : specs) {
      Config config = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, spec.name()));
      ConfigEntry policy = config == null ? null : config.get(TopicConfig.CLEANUP_POLICY_CONFIG);
      String actual = policy == null ? "unknown" : policy.value();
      String expected = spec.cleanupPolicy().configValue();
      if (!expected.equals(actual)) {
        mismatches.add(
            new TopicMismatch(spec.name(), TopicConfig.CLEANUP_POLICY_CONFIG, expected, actual));
      }
    }
    return mismatches;
  }

  /**
   * Describes the topics' configs. A topic created a moment ago may not have reached the metadata
   * of the broker that answers yet (UnknownTopicOrPartition, a retriable error): retry until the
   * timeout.
   */
  private Map<ConfigResource, Config> describeConfigs(List<ConfigResource> resources) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      try {
        return await(admin.describeConfigs(resources).all(), "describe topic configs");
      } catch (IllegalStateException e) {
        boolean retriable = e.getCause() instanceof UnknownTopicOrPartitionException;
        if (!retriable || System.nanoTime() > deadline) {
          throw e;
        }
        LOG.debug("Topic metadata not propagated yet, retrying: {}", e.getMessage());
        sleepBriefly();
      }
    }
  }

  private static void sleepBriefly() {
    try {
      Thread.sleep(RETRY_BACKOFF.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for topic metadata", e);
    }
  }

  private <T> T await(Future<T> future, String what) {
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "Could not " + what + ": " + e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("Could not " + what + " within " + timeout, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while trying to " + what, e);
    }
  }
}

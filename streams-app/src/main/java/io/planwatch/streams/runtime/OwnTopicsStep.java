package io.planwatch.streams.runtime;

import io.planwatch.topics.ProvisioningReport;
import io.planwatch.topics.TopicProvisioner;
import io.planwatch.topics.TopicSpec;
import java.time.Duration;
import java.util.List;

/**
 * Creates the topics the app owns when they are absent, with the configured partitions ({@code
 * topic.partitions}) and replication ({@code replication.factor}) and the catalogue's cleanup
 * policy and retention ({@link TopicProvisioner}); existing topics are left as they are (a
 * differing cleanup policy is logged). Retried until the broker answers.
 */
public final class OwnTopicsStep implements StartupStep {
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

  private final List<TopicSpec<?>> owned;

  public OwnTopicsStep(final List<? extends TopicSpec<?>> owned) {
    this.owned = List.copyOf(owned);
  }

  @Override
  public String description() {
    return "create the app's topics " + owned.stream().map(TopicSpec::name).toList();
  }

  @Override
  public void run(final StartupContext context) throws InterruptedException {
    if (owned.isEmpty()) {
      return;
    }
    final TopicProvisioner provisioner =
        new TopicProvisioner(
            context.admin(),
            context.config().processing().topicPartitions(),
            (short) context.config().processing().replicationFactor(),
            CALL_TIMEOUT);
    final ProvisioningReport report =
        context.retrying("create the app's topics", () -> provisioner.provision(owned));
    if (!report.created().isEmpty()) {
      context.notReady("created " + report.created());
    }
  }
}

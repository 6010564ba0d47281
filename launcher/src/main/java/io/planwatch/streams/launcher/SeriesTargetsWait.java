package io.planwatch.streams.launcher;

import io.planwatch.streams.runtime.GroupLag;
import io.planwatch.streams.topology.PaceTopology;
import io.planwatch.topics.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Waits until the streams app has handed every published plan target to its series evaluator: its
 * group has committed {@code plan.targets} and the {@code targets-by-series} repartition topic to
 * their ends. The query API shows the catalogue as soon as it is published, but a figure that
 * reaches the evaluator before its target is only stored. When the target arrives, the evaluator
 * catches up month by month, but all of the backlog's alerts then come at once; the demo wants them
 * as each simulated month is published.
 */
final class SeriesTargetsWait {
  private static final Duration POLL = Duration.ofMillis(250);

  private final Admin admin;
  private final String applicationId;
  private final Topics topics;

  SeriesTargetsWait(Admin admin, String applicationId, Topics topics) {
    this.admin = admin;
    this.applicationId = applicationId;
    this.topics = topics;
  }

  /**
   * @return whether the app's group had consumed the targets to their end within {@code max}
   */
  boolean await(Duration max) throws InterruptedException {
    final long deadline = System.nanoTime() + max.toNanos();
    while (System.nanoTime() < deadline) {
      if (caughtUp()) {
        return true;
      }
      Thread.sleep(POLL.toMillis());
    }
    return false;
  }

  private boolean caughtUp() throws InterruptedException {
    final List<TopicPartition> partitions;
    try {
      partitions =
          partitions(
              List.of(
                  topics.planTargets().name(), PaceTopology.targetsBySeriesTopic(applicationId)));
    } catch (final ExecutionException e) {
      if (e.getCause() instanceof UnknownTopicOrPartitionException) {
        return false; // the app has not created its repartition topic yet
      }
      throw new IllegalStateException(
          "Could not read the progress of " + applicationId + ": " + e.getCause(), e.getCause());
    }
    try {
      return new GroupLag(admin, applicationId, partitions)
          .of(partitions).values().stream().allMatch(lag -> lag == 0);
    } catch (final IllegalStateException e) {
      if (e.getCause() instanceof UnknownTopicOrPartitionException) {
        return false; // the repartition topic was created a moment ago: ask again
      }
      throw e;
    }
  }

  private List<TopicPartition> partitions(final List<String> names)
      throws ExecutionException, InterruptedException {
    final List<TopicPartition> partitions = new ArrayList<>();
    for (final TopicDescription topic :
        admin.describeTopics(names).allTopicNames().get().values()) {
      topic
          .partitions()
          .forEach(p -> partitions.add(new TopicPartition(topic.name(), p.partition())));
    }
    return partitions;
  }
}

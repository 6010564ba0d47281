package io.planwatch.streams.runtime;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures, every {@code interval}, how many records the app's consumer group is behind on the
 * topics it reads ({@link GroupLag}) and how long it will take to work them off ({@link
 * BacklogEstimate}), and hands the result to {@link StreamsHealth}: {@code /health}, the dashboard
 * and the demo show it. Logs when a backlog begins and when it is worked off.
 */
final class BacklogMonitor implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(BacklogMonitor.class);
  private static final Duration WINDOW = Duration.ofSeconds(60);
  private static final long CALL_TIMEOUT_SECONDS = 10;

  private final Admin admin;
  private final String groupId;
  private final List<String> topics;
  private final StreamsHealth health;
  private final Duration interval;
  private final Clock clock;
  private final BacklogEstimate estimate = new BacklogEstimate(WINDOW);
  private final ScheduledExecutorService scheduler =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            final Thread thread = new Thread(task, "planwatch-backlog");
            thread.setDaemon(true);
            return thread;
          });
  private boolean wasBehind;
  private String lastProblem;

  BacklogMonitor(
      final Admin admin,
      final String groupId,
      final Set<String> topics,
      final StreamsHealth health,
      final Duration interval,
      final Clock clock) {
    this.admin = admin;
    this.groupId = groupId;
    this.topics = List.copyOf(topics);
    this.health = health;
    this.interval = interval;
    this.clock = clock;
  }

  void start() {
    if (!topics.isEmpty()) {
      scheduler.scheduleWithFixedDelay(
          this::measure, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private void measure() {
    try {
      final var backlog =
          estimate.add(clock.instant(), new GroupLag(admin, groupId, partitions()).reading());
      health.backlog(backlog);
      if (backlog.behind() && !wasBehind) {
        LOG.info(
            "Working off a backlog: {} records behind {}",
            backlog.recordsBehind(),
            backlog.byTopic());
      } else if (!backlog.behind() && wasBehind) {
        LOG.info("Backlog worked off: the app has caught up with its input");
      }
      wasBehind = backlog.behind();
      lastProblem = null;
    } catch (final InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (final RuntimeException | ExecutionException | TimeoutException e) {
      final String problem = String.valueOf(e.getMessage());
      if (!problem.equals(lastProblem)) {
        LOG.warn("Could not measure the backlog of group {}: {}", groupId, problem);
        lastProblem = problem;
      }
    }
  }

  private List<TopicPartition> partitions()
      throws InterruptedException, ExecutionException, TimeoutException {
    final List<TopicPartition> partitions = new ArrayList<>();
    for (final TopicDescription topic :
        admin
            .describeTopics(topics)
            .allTopicNames()
            .get(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS)
            .values()) {
      topic
          .partitions()
          .forEach(p -> partitions.add(new TopicPartition(topic.name(), p.partition())));
    }
    return partitions;
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
    try {
      scheduler.awaitTermination(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (final InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

package io.planwatch.embedded;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.common.Node;

/**
 * Waits until a broker serves admin requests as a member of the expected cluster: the listener
 * accepts connections, the node has registered with the controller and is unfenced.
 */
final class BrokerReadiness {
  private static final Duration POLL = Duration.ofMillis(100);

  private BrokerReadiness() {}

  /**
   * Blocks until {@code bootstrapServers} reports cluster {@code clusterId} with at least one
   * broker, or throws {@link IllegalStateException} naming the last failure after {@code timeout}.
   */
  static void await(String bootstrapServers, String clusterId, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    Map<String, Object> config =
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
            AdminClientConfig.CLIENT_ID_CONFIG, "planwatch-embedded-readiness",
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000,
            AdminClientConfig.RECONNECT_BACKOFF_MS_CONFIG, 50,
            AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 200);
    String lastProblem = "no answer yet";
    try (Admin admin = Admin.create(config)) {
      while (System.nanoTime() < deadline) {
        long leftMs = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
        int attemptMs = (int) Math.min(leftMs, 5_000);
        try {
          DescribeClusterResult cluster =
              admin.describeCluster(new DescribeClusterOptions().timeoutMs(attemptMs));
          String actualId = cluster.clusterId().get(attemptMs, TimeUnit.MILLISECONDS);
          Collection<Node> nodes = cluster.nodes().get(attemptMs, TimeUnit.MILLISECONDS);
          if (!clusterId.equals(actualId)) {
            throw new IllegalStateException(
                bootstrapServers
                    + " belongs to cluster "
                    + actualId
                    + ", expected "
                    + clusterId
                    + " (is another broker using this port?)");
          }
          if (!nodes.isEmpty()) {
            return;
          }
          lastProblem = "no broker registered yet";
        } catch (ExecutionException | TimeoutException e) {
          lastProblem = e.toString();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(
              "Interrupted while waiting for the Kafka broker on " + bootstrapServers, e);
        }
        sleep(POLL);
      }
    }
    throw new IllegalStateException(
        "Kafka broker on "
            + bootstrapServers
            + " did not become ready within "
            + timeout
            + ": "
            + lastProblem);
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the Kafka broker", e);
    }
  }
}

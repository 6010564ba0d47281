package io.planwatch.producers.publish;

import io.planwatch.producers.publish.InfrastructureException.Component;
import io.planwatch.registry.client.RegistryUnreachableException;
import io.planwatch.registry.client.SchemaRegistryClient;
import io.planwatch.registry.client.SchemaRegistryClients;
import io.planwatch.registry.client.SchemaRegistryException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Checks, before anything is read or sent, that the broker and the registry answer: one bounded
 * {@code describeCluster} call and one registry {@code GET /subjects}. Fails fast with an {@link
 * InfrastructureException} naming the address that failed.
 */
public final class Connectivity {
  private Connectivity() {}

  /** Checks the broker, then the registry. */
  public static void check(PublisherConfig config) {
    checkBroker(config);
    checkRegistry(config);
  }

  /** A bounded {@code describeCluster}: the broker answers, with these security settings. */
  public static void checkBroker(PublisherConfig config) {
    Duration timeout = config.timeout();
    Map<String, Object> props = config.adminProperties();
    props.put(AdminClientConfig.CLIENT_ID_CONFIG, "planwatch-connectivity-check");
    Admin admin;
    try {
      admin = Admin.create(props);
    } catch (org.apache.kafka.common.KafkaException e) {
      throw new InfrastructureException(
          Component.KAFKA, config.bootstrapServers(), rootMessage(e), e);
    }
    try {
      admin.describeCluster().clusterId().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new InfrastructureException(
          Component.KAFKA,
          config.bootstrapServers(),
          "no answer within " + timeout.toSeconds() + " s",
          e);
    } catch (ExecutionException e) {
      throw new InfrastructureException(
          Component.KAFKA, config.bootstrapServers(), rootMessage(e.getCause()), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InfrastructureException(
          Component.KAFKA, config.bootstrapServers(), "interrupted", e);
    } finally {
      admin.close(Duration.ZERO);
    }
  }

  /** A {@code GET /subjects}: the registry answers and accepts the credentials. */
  public static void checkRegistry(PublisherConfig config) {
    SchemaRegistryClient client = SchemaRegistryClients.create(config.registry());
    try {
      client.subjects();
    } catch (RegistryUnreachableException e) {
      throw new InfrastructureException(
          Component.SCHEMA_REGISTRY, config.schemaRegistryUrl(), "no answer: " + e.getMessage(), e);
    } catch (SchemaRegistryException e) {
      throw new InfrastructureException(
          Component.SCHEMA_REGISTRY, config.schemaRegistryUrl(), e.getMessage(), e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
  }
}

package io.planwatch.producers.simulate;

import io.planwatch.producers.publish.Batch;
import io.planwatch.producers.publish.Outgoing;
import io.planwatch.producers.publish.PublishListener;
import io.planwatch.producers.publish.PublishResult;
import io.planwatch.producers.publish.Publisher;
import io.planwatch.producers.publish.Records;
import io.planwatch.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Publishes simulated batches through the transactional {@link Publisher}: one Kafka transaction
 * per simulated month, observations to {@code stats.observations} then project reports to {@code
 * projects.updates}, in publication order. A batch's identity is the simulation's configuration and
 * the month, so running the same simulation again publishes nothing new unless forced.
 */
public final class SimulationPublisher {
  private final Publisher publisher;
  private final SimulationConfig config;
  private final boolean force;

  /**
   * @param publisher the open publisher
   * @param config the simulation's configuration (part of each batch's identity)
   * @param force whether to publish batches the publish ledger already holds
   */
  public SimulationPublisher(Publisher publisher, SimulationConfig config, boolean force) {
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    this.config = Objects.requireNonNull(config, "config");
    this.force = force;
  }

  /** Publishes one batch in one transaction. */
  public PublishResult publish(SimulationBatch batch, PublishListener listener) {
    Batch kafkaBatch = toBatch(publisher.config().topics(), config, batch);
    return force
        ? publisher.publish(kafkaBatch, listener)
        : publisher.publishOnce(kafkaBatch, listener);
  }

  /**
   * The Kafka batch of a simulated one: ledger id {@code simulate|<sha-256 of configuration and
   * month>}, transactional id {@code simulate-<first 16 hex digits>}.
   */
  public static Batch toBatch(Topics topics, SimulationConfig config, SimulationBatch batch) {
    List<Outgoing> records = new ArrayList<>(Records.observations(topics, batch.observations()));
    records.addAll(Records.projectUpdates(topics, batch.projectUpdates()));
    String digest = digest(config + "|" + batch.name());
    return Batch.ofFile(
        "simulate", digest, "simulated " + batch.name() + " (" + config.source() + ")", records);
  }

  private static String digest(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}

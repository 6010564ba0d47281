package io.planwatch.producers.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.planwatch.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The publish ledger: a compacted topic {@code <prefix>producers.ledger} with one entry per
 * committed batch (key: the batch id, e.g. {@code releases|<sha-256>}; value: a small UTF-8 JSON
 * document: file, records, time). The entry is written in the batch's own transaction, so it exists
 * exactly when the batch's records are visible: an aborted or crashed publish leaves no entry and
 * may be run again; a committed one is never sent twice.
 *
 * <p>The ledger is the producers' bookkeeping, not one of docs/architecture.md's data topics: its
 * values are JSON, not Avro, and no planwatch consumer reads it.
 */
final class PublishLedger {
  /** Name of the ledger topic after the prefix. */
  static final String TOPIC_SUFFIX = "producers.ledger";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String topic;
  private Set<String> committed;

  PublishLedger(Topics topics) {
    this.topic = topics.prefix() + TOPIC_SUFFIX;
  }

  String topic() {
    return topic;
  }

  /** The topic to create if absent: one partition, compacted. */
  NewTopic newTopic(short replicationFactor) {
    return new NewTopic(topic, 1, replicationFactor)
        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
  }

  /** Whether a batch with this id was committed (reads the ledger on first use). */
  synchronized boolean contains(String batchId, TopicReader reader) {
    if (committed == null) {
      committed = new HashSet<>(reader.latest(topic, new ByteArrayDeserializer()).keySet());
    }
    return committed.contains(batchId);
  }

  /** Remembers a batch this process committed. */
  synchronized void committed(String batchId) {
    if (committed != null) {
      committed.add(batchId);
    }
  }

  /** The entry to send in the batch's transaction. */
  ProducerRecord<String, byte[]> entry(Batch batch, long records, Instant at) {
    ObjectNode node = JSON.createObjectNode();
    node.put("batch", batch.id());
    node.put("description", batch.description());
    node.put("records", records);
    node.put("committedAt", at.toString());
    return new ProducerRecord<>(
        topic, batch.id(), node.toString().getBytes(StandardCharsets.UTF_8));
  }
}

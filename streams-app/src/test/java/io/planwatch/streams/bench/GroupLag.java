package io.planwatch.streams.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * The lag of the streams app's consumer group: committed offsets against the read_committed end
 * offsets of the input topic and of every repartition topic the group has committed on. A partition
 * the group never committed counts from offset 0.
 */
public final class GroupLag {
  private final Admin admin;
  private final String groupId;
  private final List<TopicPartition> inputs;

  public GroupLag(final Admin admin, final String groupId, final List<TopicPartition> inputs) {
    this.admin = admin;
    this.groupId = groupId;
    this.inputs = List.copyOf(inputs);
  }

  /** Lag per topic: the input topics and the group's repartition topics. */
  public Map<String, Long> byTopic() {
    try {
      final Map<TopicPartition, OffsetAndMetadata> committed =
          admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get();
      final Map<TopicPartition, Long> positions = new HashMap<>();
      inputs.forEach(tp -> positions.put(tp, 0L));
      committed.forEach(
          (tp, offset) -> {
            if (inputs.contains(tp) || tp.topic().endsWith("-repartition")) {
              positions.put(tp, offset == null ? 0L : offset.offset());
            }
          });
      final Map<TopicPartition, OffsetSpec> latest =
          positions.keySet().stream()
              .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
      final Map<TopicPartition, Long> ends = new HashMap<>();
      admin
          .listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
          .all()
          .get()
          .forEach((tp, info) -> ends.put(tp, info.offset()));
      final Map<String, Long> lag = new HashMap<>();
      positions.forEach(
          (tp, position) ->
              lag.merge(tp.topic(), Math.max(0L, ends.getOrDefault(tp, 0L) - position), Long::sum));
      return lag;
    } catch (final ExecutionException e) {
      throw new IllegalStateException("Could not read the lag of group " + groupId, e.getCause());
    } catch (final InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted reading the lag of group " + groupId, e);
    }
  }

  public long total() {
    return byTopic().values().stream().mapToLong(Long::longValue).sum();
  }
}

package io.planwatch.streams.runtime;

import java.util.Collection;
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
 * offsets of the input topics and of every repartition topic the group has committed on. A
 * partition the group never committed counts from offset 0. Used by the demo (has the app routed
 * the plan targets?), the benchmark and the tests (has the app worked through its input?).
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
    return reading().byTopic();
  }

  /**
   * The lag per topic of the input topics and the group's repartition topics, and the sum of the
   * group's committed offsets on them, read together.
   */
  public Reading reading() {
    final Map<TopicPartition, OffsetAndMetadata> committed = committed();
    final Map<TopicPartition, Long> positions = new HashMap<>();
    inputs.forEach(tp -> positions.put(tp, 0L));
    committed.forEach(
        (tp, offset) -> {
          if (inputs.contains(tp) || tp.topic().endsWith("-repartition")) {
            positions.put(tp, offset == null ? 0L : offset.offset());
          }
        });
    final long consumed = positions.values().stream().mapToLong(Long::longValue).sum();
    return new Reading(lag(positions), consumed);
  }

  /**
   * One reading of the group's lag.
   *
   * @param byTopic records behind per topic
   * @param committed the sum of the committed offsets: it grows by the records worked through
   */
  public record Reading(Map<String, Long> byTopic, long committed) {
    public Reading {
      byTopic = Map.copyOf(byTopic);
    }

    /** Records behind on all topics together. */
    public long total() {
      return byTopic.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /** Lag per topic of exactly {@code partitions}, whatever else the group has committed on. */
  public Map<String, Long> of(final Collection<TopicPartition> partitions) {
    final Map<TopicPartition, OffsetAndMetadata> committed = committed();
    final Map<TopicPartition, Long> positions = new HashMap<>();
    partitions.forEach(
        tp -> {
          final OffsetAndMetadata offset = committed.get(tp);
          positions.put(tp, offset == null ? 0L : offset.offset());
        });
    return lag(positions);
  }

  public long total() {
    return byTopic().values().stream().mapToLong(Long::longValue).sum();
  }

  private Map<TopicPartition, OffsetAndMetadata> committed() {
    return call(
        () -> admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get());
  }

  private Map<String, Long> lag(final Map<TopicPartition, Long> positions) {
    final Map<TopicPartition, OffsetSpec> latest =
        positions.keySet().stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
    final Map<TopicPartition, Long> ends = new HashMap<>();
    call(() ->
            admin
                .listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                .all()
                .get())
        .forEach((tp, info) -> ends.put(tp, info.offset()));
    final Map<String, Long> lag = new HashMap<>();
    positions.forEach(
        (tp, position) ->
            lag.merge(tp.topic(), Math.max(0L, ends.getOrDefault(tp, 0L) - position), Long::sum));
    return lag;
  }

  private interface AdminCall<T> {
    T get() throws ExecutionException, InterruptedException;
  }

  private <T> T call(final AdminCall<T> request) {
    try {
      return request.get();
    } catch (final ExecutionException e) {
      throw new IllegalStateException(
          "Could not read the lag of group " + groupId + ": " + e.getCause(), e.getCause());
    } catch (final InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted reading the lag of group " + groupId, e);
    }
  }
}

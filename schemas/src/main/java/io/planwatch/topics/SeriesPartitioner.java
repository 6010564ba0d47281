package io.planwatch.topics;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.apache.kafka.clients.producer.Partitioner;
import org.apache.kafka.common.Cluster;
import org.apache.kafka.common.utils.Utils;

/**
 * Producer partitioner that keeps one statistical series in one partition: observation keys ({@code
 * indicator|region|period|measure}) are hashed on {@code indicator|region} only, so the months of a
 * series reach the streams app in the order they were published, even when it reads a backlog.
 * Every other key is hashed whole, exactly as Kafka's default partitioner hashes keys. Records
 * without a key are not expected on planwatch topics and go to partition 0.
 */
public final class SeriesPartitioner implements Partitioner {

  /** Fields of an observation key that name its series. */
  public static final int SERIES_FIELDS = 2;

  @Override
  public int partition(
      String topic, Object key, byte[] keyBytes, Object value, byte[] valueBytes, Cluster cluster) {
    int partitions = cluster.partitionsForTopic(topic).size();
    if (keyBytes == null || partitions <= 1) {
      return 0;
    }
    byte[] hashed = topic.endsWith(Topics.OBSERVATIONS_SUFFIX) ? prefix(keyBytes) : keyBytes;
    return Utils.toPositive(Utils.murmur2(hashed)) % partitions;
  }

  /**
   * The UTF-8 bytes of {@link #prefix(String, int) prefix(key, SERIES_FIELDS)}, taken from the
   * key's bytes: '|' is one byte in UTF-8 and never part of another character's bytes.
   */
  private static byte[] prefix(byte[] keyBytes) {
    int end = -1;
    for (int i = 0; i < SERIES_FIELDS; i++) {
      end = indexOf(keyBytes, (byte) '|', end + 1);
      if (end < 0) {
        return keyBytes;
      }
    }
    return Arrays.copyOf(keyBytes, end);
  }

  private static int indexOf(byte[] bytes, byte wanted, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == wanted) {
        return i;
      }
    }
    return -1;
  }

  /** The partition of {@code key} on {@code topic} with {@code partitions} partitions. */
  static int partitionOf(String topic, String key, int partitions) {
    String hashed = topic.endsWith(Topics.OBSERVATIONS_SUFFIX) ? prefix(key, SERIES_FIELDS) : key;
    return Utils.toPositive(Utils.murmur2(hashed.getBytes(StandardCharsets.UTF_8))) % partitions;
  }

  /**
   * The first {@code fields} '|'-separated fields of {@code key} (all of it if it has fewer): with
   * {@link #SERIES_FIELDS}, {@code indicator|region} of an observation key. The streams app's
   * repartitions hash the same prefix, so producers and topology agree on partitions.
   */
  public static String prefix(String key, int fields) {
    int end = -1;
    for (int i = 0; i < fields; i++) {
      end = key.indexOf('|', end + 1);
      if (end < 0) {
        return key;
      }
    }
    return key.substring(0, end);
  }

  @Override
  public void configure(Map<String, ?> configs) {
    // Nothing to configure.
  }

  @Override
  public void close() {
    // Nothing to release.
  }
}

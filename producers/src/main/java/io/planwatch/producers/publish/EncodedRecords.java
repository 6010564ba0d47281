package io.planwatch.producers.publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Records already serialized, kept compactly until they are sent: topic, UTF-8 key and value bytes
 * (Confluent wire format) one after another in large byte chunks, not as objects per record. A
 * large file's records are serialized once, as its rows are validated, and sent only if the whole
 * file is valid. A record that cannot be serialized is counted and its error kept; a batch with
 * such a record is aborted without sending anything. Made by {@link Publisher#encoder()}; not
 * thread-safe.
 */
public final class EncodedRecords {
  // Below half of G1's smallest region (1 MiB): larger arrays are "humongous" and each takes whole
  // regions of its own, which wasted about half of the heap the chunks used.
  private static final int CHUNK_SIZE = 1 << 18;

  private final Function<Outgoing, byte[]> serializer;
  private final List<String> topics = new ArrayList<>();
  private final List<byte[]> chunks = new ArrayList<>();
  // Where the records of each full chunk end: a chunk keeps the space a record did not fit in.
  private final List<Integer> ends = new ArrayList<>();
  private byte[] chunk;
  private int position;
  private int size;
  private int failed;
  private String firstError;

  EncodedRecords(Function<Outgoing, byte[]> serializer) {
    this.serializer = Objects.requireNonNull(serializer, "serializer");
  }

  /** None, for batches of {@link Outgoing} records only. */
  static EncodedRecords none() {
    return new EncodedRecords(
        record -> {
          throw new IllegalStateException("no serializer");
        });
  }

  /**
   * Serializes a record and keeps its bytes.
   *
   * @throws InfrastructureException if the schema registry cannot be reached
   */
  public void add(Outgoing record) {
    byte[] value;
    try {
      value = serializer.apply(record);
    } catch (InfrastructureException e) {
      throw e;
    } catch (RuntimeException e) {
      failed++;
      if (firstError == null) {
        firstError = record.topic().name() + " " + record.key() + ": " + e.getMessage();
      }
      return;
    }
    add(record.topic().name(), record.key(), value);
  }

  /** Keeps a record serialized elsewhere ({@code value} null: a tombstone). */
  void add(String topic, String key, byte[] value) {
    int topicIndex = topics.indexOf(topic);
    if (topicIndex < 0) {
      topicIndex = topics.size();
      topics.add(topic);
    }
    byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
    int valueLength = value == null ? 0 : value.length;
    int needed = 15 + keyBytes.length + valueLength;
    if (chunk == null || chunk.length - position < needed) {
      if (chunk != null) {
        ends.add(position);
      }
      chunk = new byte[Math.max(CHUNK_SIZE, needed)];
      chunks.add(chunk);
      position = 0;
    }
    writeVarint(topicIndex);
    writeVarint(keyBytes.length);
    System.arraycopy(keyBytes, 0, chunk, position, keyBytes.length);
    position += keyBytes.length;
    writeVarint(value == null ? 0 : valueLength + 1);
    if (value != null) {
      System.arraycopy(value, 0, chunk, position, valueLength);
      position += valueLength;
    }
    size++;
  }

  /** Forgets every record and failure. */
  public void clear() {
    topics.clear();
    chunks.clear();
    ends.clear();
    chunk = null;
    position = 0;
    size = 0;
    failed = 0;
    firstError = null;
  }

  /** How many records are kept. */
  public int size() {
    return size;
  }

  /** How many records could not be serialized. */
  public int failed() {
    return failed;
  }

  /** The first serialization error, naming topic and key. */
  public Optional<String> firstError() {
    return Optional.ofNullable(firstError);
  }

  /** Reads the records back, in the order they were added. */
  Cursor cursor() {
    return new Cursor();
  }

  private void writeVarint(int value) {
    int rest = value;
    while ((rest & ~0x7F) != 0) {
      chunk[position++] = (byte) ((rest & 0x7F) | 0x80);
      rest >>>= 7;
    }
    chunk[position++] = (byte) rest;
  }

  /** One pass over the records: {@link #next()}, then topic, key and value of that record. */
  final class Cursor {
    private int chunkIndex = -1;
    private byte[] bytes;
    private int offset;
    private int end;
    private int read;
    private String topic;
    private String key;
    private byte[] value;

    /** Moves to the next record; false at the end. */
    boolean next() {
      if (read == size) {
        return false;
      }
      while (bytes == null || offset >= end) {
        chunkIndex++;
        bytes = chunks.get(chunkIndex);
        offset = 0;
        end = chunkIndex == chunks.size() - 1 ? position : ends.get(chunkIndex);
      }
      topic = topics.get(readVarint());
      int keyLength = readVarint();
      key = new String(bytes, offset, keyLength, StandardCharsets.UTF_8);
      offset += keyLength;
      int valueLength = readVarint() - 1;
      if (valueLength < 0) {
        value = null;
      } else {
        value = new byte[valueLength];
        System.arraycopy(bytes, offset, value, 0, valueLength);
        offset += valueLength;
      }
      read++;
      return true;
    }

    String topic() {
      return topic;
    }

    String key() {
      return key;
    }

    byte[] value() {
      return value;
    }

    private int readVarint() {
      int value = 0;
      int shift = 0;
      byte b;
      do {
        b = bytes[offset++];
        value |= (b & 0x7F) << shift;
        shift += 7;
      } while ((b & 0x80) != 0);
      return value;
    }
  }
}

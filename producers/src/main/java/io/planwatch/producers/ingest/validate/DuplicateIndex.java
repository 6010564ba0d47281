package io.planwatch.producers.ingest.validate;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Which rows of one file repeat an earlier one, and where the earlier one was. Keys are compared
 * part by part; a key that packs into a non-negative {@code long} (an observation's indicator,
 * region, period, measure and revision almost always do) is kept in a flat table of longs with the
 * line it was first seen on, so a million-row file does not hold a million key objects.
 *
 * @param <T> the domain record
 */
final class DuplicateIndex<T> {
  /** What {@link #packer} returns for a key that does not pack. */
  static final long UNPACKED = -1;

  private final String name;
  private final Function<T, List<Object>> key;
  private final ToLongFunction<T> packer;
  private final Map<List<Object>, String> seen = new HashMap<>();
  private final LongIntTable packed = new LongIntTable();

  private DuplicateIndex(String name, Function<T, List<Object>> key, ToLongFunction<T> packer) {
    this.name = name;
    this.key = key;
    this.packer = packer;
  }

  /**
   * An index of keys compared part by part.
   *
   * @param name how the key is named in errors, e.g. {@code project_id|report_date}
   * @param key the parts of a record's key
   */
  static <T> DuplicateIndex<T> of(String name, Function<T, List<Object>> key) {
    return new DuplicateIndex<>(name, key, record -> UNPACKED);
  }

  /**
   * An index that packs keys where it can.
   *
   * @param packer a record's key as a non-negative long, or {@link #UNPACKED}; two records with
   *     equal keys must both pack to the same long or both not pack
   */
  static <T> DuplicateIndex<T> packing(
      String name, Function<T, List<Object>> key, ToLongFunction<T> packer) {
    return new DuplicateIndex<>(name, key, packer);
  }

  /** How the key is named in errors. */
  String name() {
    return name;
  }

  /**
   * Remembers a record's key, seen at {@code location}.
   *
   * @return null the first time, else the location it was first seen at
   */
  String firstSeen(T record, String location) {
    long bits = packer.applyAsLong(record);
    int line = bits < 0 ? -1 : lineNumber(location);
    if (line >= 0) {
      int earlier = packed.putIfAbsent(bits, line);
      return earlier < 0 ? null : Integer.toString(earlier);
    }
    return seen.putIfAbsent(key.apply(record), location);
  }

  /** A record's key as reported: its parts joined with {@code |}. */
  String describe(T record) {
    StringBuilder text = new StringBuilder(64);
    for (Object part : key.apply(record)) {
      if (!text.isEmpty()) {
        text.append('|');
      }
      text.append(part);
    }
    return text.toString();
  }

  /**
   * A location that is a plain line number (CSV, JSON lines, worksheet rows), or -1. Readers give
   * every row of a file the same kind of location, so a key is always kept in the same table.
   */
  static int lineNumber(String location) {
    int length = location.length();
    if (length == 0 || length > 9) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < length; i++) {
      char c = location.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** Open addressing from non-negative long keys to non-negative int values. */
  private static final class LongIntTable {
    private static final long EMPTY = -1;
    private long[] keys = emptyKeys(1 << 10);
    private int[] values = new int[1 << 10];
    private int size;

    /** Puts the value unless the key is present; returns the present value, or -1. */
    int putIfAbsent(long key, int value) {
      int mask = keys.length - 1;
      int slot = slot(key, mask);
      while (keys[slot] != EMPTY) {
        if (keys[slot] == key) {
          return values[slot];
        }
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      values[slot] = value;
      if (++size * 2 > keys.length) {
        grow();
      }
      return -1;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldValues = values;
      keys = emptyKeys(oldKeys.length * 2);
      values = new int[oldKeys.length * 2];
      int mask = keys.length - 1;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != EMPTY) {
          int slot = slot(oldKeys[i], mask);
          while (keys[slot] != EMPTY) {
            slot = (slot + 1) & mask;
          }
          keys[slot] = oldKeys[i];
          values[slot] = oldValues[i];
        }
      }
    }

    private static int slot(long key, int mask) {
      long mixed = key * 0x9E3779B97F4A7C15L;
      return (int) (mixed ^ (mixed >>> 32)) & mask;
    }

    private static long[] emptyKeys(int size) {
      long[] keys = new long[size];
      Arrays.fill(keys, EMPTY);
      return keys;
    }
  }
}

package io.planwatch.streams.config;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

/**
 * Caps the off-heap memory of every RocksDB store of this instance (Kafka docs, "RocksDB memory
 * management"): all stores share one LRU block cache, index and filter blocks are kept in it, and a
 * write buffer manager charges memtables to the same cache. Without this each store allocates its
 * own cache and memtables, and memory grows with the number of partitions.
 *
 * <p>Kafka creates one setter per store by class name, so the shared cache cannot be a field of an
 * instance; it lives in a process-wide pool keyed by the two sizes (normally one entry) and is
 * never closed by a store.
 */
public final class BoundedMemoryRocksDBConfig implements RocksDBConfigSetter {

  /** Streams property: total off-heap bytes (block cache including memtables). */
  public static final String TOTAL_MEMORY_BYTES = "planwatch.rocksdb.total.memory.bytes";

  /** Streams property: bytes of that total memtables may use. */
  public static final String WRITE_BUFFER_BYTES = "planwatch.rocksdb.write.buffer.bytes";

  /** A tenth of the cache is reserved for index and filter blocks, kept hot with high priority. */
  private static final double INDEX_FILTER_BLOCK_RATIO = 0.1;

  /** RocksDB's default block of 4 KiB makes indexes large; 16 KiB keeps them in the cache. */
  private static final long BLOCK_SIZE_BYTES = 16 * 1024L;

  private static final int MEMTABLES_PER_STORE = 3;

  /**
   * Why: every open memtable holds at least one arena block, charged to the shared write buffer
   * manager. RocksDB's default block is an eighth of the memtable (1.3 MiB here); with the ~75
   * stores of a few partitions that is ~100 MiB held by idle memtables, above the whole write
   * buffer budget, so every write of any store triggered a flush of its (tiny) memtable: thousands
   * of 1 KiB files, a flush queue that never drained, and writers stalled in {@code DelayWrite}
   * (seen in the streams benchmark). Small blocks let the budget follow the data actually written.
   */
  static final long ARENA_BLOCK_BYTES = 64 * 1024L;

  private static final ConcurrentMap<Sizes, SharedMemory> POOLS = new ConcurrentHashMap<>();

  @Override
  public void setConfig(
      final String storeName, final Options options, final Map<String, Object> configs) {
    final SharedMemory memory = sharedMemory(configs);
    // Kafka Streams hands over its own BlockBasedTableConfig; a bare Options has none yet.
    final BlockBasedTableConfig table =
        options.tableFormatConfig() instanceof BlockBasedTableConfig existing
            ? existing
            : new BlockBasedTableConfig();
    table.setBlockCache(memory.cache());
    table.setCacheIndexAndFilterBlocks(true);
    table.setCacheIndexAndFilterBlocksWithHighPriority(true);
    table.setPinTopLevelIndexAndFilter(true);
    table.setBlockSize(BLOCK_SIZE_BYTES);
    options.setWriteBufferManager(memory.writeBufferManager());
    options.setMaxWriteBufferNumber(MEMTABLES_PER_STORE);
    options.setArenaBlockSize(ARENA_BLOCK_BYTES);
    options.setWriteBufferSize(
        Math.max(1L, memory.sizes().writeBufferBytes() / MEMTABLES_PER_STORE));
    options.setTableFormatConfig(table);
  }

  @Override
  public void close(final String storeName, final Options options) {
    // The cache and write buffer manager are shared by every store: closing them here would
    // break the stores still open.
  }

  /** The shared memory the settings in {@code configs} select, created on first use. */
  static SharedMemory sharedMemory(final Map<String, Object> configs) {
    final Sizes sizes =
        new Sizes(bytes(configs, TOTAL_MEMORY_BYTES), bytes(configs, WRITE_BUFFER_BYTES));
    if (sizes.writeBufferBytes() >= sizes.totalBytes()) {
      throw new ConfigException(
          WRITE_BUFFER_BYTES,
          sizes.writeBufferBytes(),
          "must be smaller than " + TOTAL_MEMORY_BYTES + " (" + sizes.totalBytes() + ")");
    }
    return POOLS.computeIfAbsent(sizes, SharedMemory::create);
  }

  private static long bytes(final Map<String, Object> configs, final String key) {
    final Object value = configs.get(key);
    if (value == null) {
      throw new ConfigException(key, null, "missing; AppConfig.toStreamsProperties sets it");
    }
    final long bytes;
    try {
      bytes = value instanceof Number n ? n.longValue() : Long.parseLong(value.toString().trim());
    } catch (final NumberFormatException e) {
      throw new ConfigException(key, value, "not a number of bytes");
    }
    if (bytes <= 0) {
      throw new ConfigException(key, value, "must be positive");
    }
    return bytes;
  }

  record Sizes(long totalBytes, long writeBufferBytes) {}

  record SharedMemory(Sizes sizes, Cache cache, WriteBufferManager writeBufferManager) {
    static SharedMemory create(final Sizes sizes) {
      final Cache cache = new LRUCache(sizes.totalBytes(), -1, false, INDEX_FILTER_BLOCK_RATIO);
      return new SharedMemory(
          sizes, cache, new WriteBufferManager(sizes.writeBufferBytes(), cache));
    }
  }
}

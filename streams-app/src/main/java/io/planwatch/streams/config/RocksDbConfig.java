package io.planwatch.streams.config;

/**
 * Bounded RocksDB memory for the whole instance (see {@link BoundedMemoryRocksDBConfig}).
 *
 * @param blockCacheMb total off-heap memory shared by every store: block cache, index and filter
 *     blocks, and memtables
 * @param writeBufferMb the part of it memtables may take before they are flushed
 */
public record RocksDbConfig(int blockCacheMb, int writeBufferMb) {

  private static final long MIB = 1024L * 1024L;

  public long blockCacheBytes() {
    return blockCacheMb * MIB;
  }

  public long writeBufferBytes() {
    return writeBufferMb * MIB;
  }
}

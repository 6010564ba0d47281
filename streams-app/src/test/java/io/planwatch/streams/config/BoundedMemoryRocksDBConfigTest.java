package io.planwatch.streams.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Options;

class BoundedMemoryRocksDBConfigTest {

  private static final long MIB = 1024L * 1024L;

  @Test
  void shouldShareOneCacheAndWriteBufferManagerAcrossStores() {
    final Map<String, Object> configs = sizes(64 * MIB, 16 * MIB);
    final BoundedMemoryRocksDBConfig setter = new BoundedMemoryRocksDBConfig();

    try (Options first = new Options();
        Options second = new Options()) {
      setter.setConfig("store-a", first, configs);
      new BoundedMemoryRocksDBConfig().setConfig("store-b", second, configs);

      final BoundedMemoryRocksDBConfig.SharedMemory shared =
          BoundedMemoryRocksDBConfig.sharedMemory(configs);
      assertThat(first.writeBufferManager()).isSameAs(shared.writeBufferManager());
      assertThat(second.writeBufferManager()).isSameAs(shared.writeBufferManager());
      assertThat(shared.sizes())
          .isEqualTo(new BoundedMemoryRocksDBConfig.Sizes(64 * MIB, 16 * MIB));

      final BlockBasedTableConfig table = (BlockBasedTableConfig) first.tableFormatConfig();
      assertThat(table.cacheIndexAndFilterBlocks()).isTrue();
      assertThat(table.cacheIndexAndFilterBlocksWithHighPriority()).isTrue();
      assertThat(table.pinTopLevelIndexAndFilter()).isTrue();
      assertThat(first.maxWriteBufferNumber()).isEqualTo(3);
      assertThat(first.writeBufferSize()).isEqualTo(16 * MIB / 3);
      assertThat(first.arenaBlockSize()).isEqualTo(BoundedMemoryRocksDBConfig.ARENA_BLOCK_BYTES);
      setter.close("store-a", first);
    }
  }

  @Test
  void shouldUseSeparateMemoryForDifferentSizes() {
    assertThat(BoundedMemoryRocksDBConfig.sharedMemory(sizes(64 * MIB, 16 * MIB)).cache())
        .isNotSameAs(BoundedMemoryRocksDBConfig.sharedMemory(sizes(32 * MIB, 8 * MIB)).cache());
  }

  @Test
  void shouldReadSizesGivenAsText() {
    assertThat(
            BoundedMemoryRocksDBConfig.sharedMemory(
                    Map.of(
                        BoundedMemoryRocksDBConfig.TOTAL_MEMORY_BYTES, "33554432",
                        BoundedMemoryRocksDBConfig.WRITE_BUFFER_BYTES, "8388608"))
                .sizes())
        .isEqualTo(new BoundedMemoryRocksDBConfig.Sizes(32 * MIB, 8 * MIB));
  }

  @Test
  void shouldFailNamingTheMissingSize() {
    try (Options options = new Options()) {
      assertThatThrownBy(
              () ->
                  new BoundedMemoryRocksDBConfig()
                      .setConfig(
                          "store",
                          options,
                          Map.of(BoundedMemoryRocksDBConfig.TOTAL_MEMORY_BYTES, 64 * MIB)))
          .isInstanceOf(ConfigException.class)
          .hasMessageContaining(BoundedMemoryRocksDBConfig.WRITE_BUFFER_BYTES);
    }
  }

  @Test
  void shouldRejectWriteBufferNotSmallerThanTotal() {
    assertThatThrownBy(() -> BoundedMemoryRocksDBConfig.sharedMemory(sizes(8 * MIB, 8 * MIB)))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("must be smaller than");
  }

  private static Map<String, Object> sizes(final long total, final long writeBuffer) {
    return Map.of(
        BoundedMemoryRocksDBConfig.TOTAL_MEMORY_BYTES,
        total,
        BoundedMemoryRocksDBConfig.WRITE_BUFFER_BYTES,
        writeBuffer);
  }
}

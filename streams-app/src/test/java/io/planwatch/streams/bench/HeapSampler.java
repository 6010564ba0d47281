package io.planwatch.streams.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples this JVM's heap every 200 ms: the peak of heap used (garbage included) and the peak of
 * what the collectors left behind (the sum of each heap pool's usage after its last collection, a
 * proxy for the live set).
 */
final class HeapSampler implements AutoCloseable {
  private static final long MIB = 1024L * 1024L;

  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            final Thread t = new Thread(r, "heap-sampler");
            t.setDaemon(true);
            return t;
          });
  private final AtomicLong peakUsed = new AtomicLong();
  private final AtomicLong peakAfterGc = new AtomicLong();

  HeapSampler start() {
    timer.scheduleAtFixedRate(this::sample, 0, 200, TimeUnit.MILLISECONDS);
    return this;
  }

  /** Starts a new phase: the peaks restart from the current figures. */
  void reset() {
    peakUsed.set(0);
    peakAfterGc.set(0);
    sample();
  }

  private void sample() {
    peakUsed.accumulateAndGet(
        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
    long afterGc = 0;
    for (final MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      final MemoryUsage usage = pool.getCollectionUsage();
      if (pool.getType() == MemoryType.HEAP && usage != null) {
        afterGc += usage.getUsed();
      }
    }
    peakAfterGc.accumulateAndGet(afterGc, Math::max);
  }

  long peakUsedMib() {
    return peakUsed.get() / MIB;
  }

  long peakAfterGcMib() {
    return peakAfterGc.get() / MIB;
  }

  static long usedNowMib() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / MIB;
  }

  static long maxMib() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / MIB;
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}

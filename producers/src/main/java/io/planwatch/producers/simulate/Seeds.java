package io.planwatch.producers.simulate;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Random streams keyed by name: each series, release and project draws from its own stream, derived
 * from the run's seed and a stable name, so that the output depends on nothing but the seed (no
 * iteration order, no clock) and adding one series does not change the others.
 */
final class Seeds {
  private Seeds() {}

  /** The stream for {@code name} under {@code seed}. */
  static SplittableRandom of(long seed, String name) {
    long h = 0xcbf29ce484222325L;
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return new SplittableRandom(mix(seed) ^ h);
  }

  /** A standard normal draw (Irwin–Hall: the sum of twelve uniforms, less six). */
  static double gaussian(SplittableRandom random) {
    double sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += random.nextDouble();
    }
    return sum - 6.0;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}

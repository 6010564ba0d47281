package io.planwatch.streams.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The benchmark's size and pace, from {@code --name value} arguments.
 *
 * @param regions counties publishing figures (the default is national scale)
 * @param indicators indicators per county
 * @param months months of figures per series in the replay (from January 2022 on)
 * @param partitions partitions of every planwatch topic
 * @param latencySeconds how long the paced producer runs
 * @param rate observations per second of the paced producer
 * @param replayMinutes how long to wait for the replay before recording it as unfinished
 */
record BenchOptions(
    int regions,
    int indicators,
    int months,
    int partitions,
    int latencySeconds,
    int rate,
    int replayMinutes) {

  private static final Set<String> NAMES =
      Set.of(
          "regions",
          "indicators",
          "months",
          "partitions",
          "latency-seconds",
          "rate",
          "replay-minutes");

  static BenchOptions parse(final String... args) {
    final Map<String, Integer> values = new HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      final String name = args[i].startsWith("--") ? args[i].substring(2) : args[i];
      if (!NAMES.contains(name) || i + 1 >= args.length) {
        throw new IllegalArgumentException(
            "argument " + (i + 1) + " '" + args[i] + "': expected --name value, names " + NAMES);
      }
      try {
        final int value = Integer.parseInt(args[i + 1]);
        if (value < 1) {
          throw new NumberFormatException("must be >= 1");
        }
        values.put(name, value);
      } catch (final NumberFormatException e) {
        throw new IllegalArgumentException(
            "argument " + (i + 2) + " of --" + name + ": '" + args[i + 1] + "' is not a count >= 1",
            e);
      }
    }
    return new BenchOptions(
        values.getOrDefault("regions", 2_800),
        values.getOrDefault("indicators", 40),
        values.getOrDefault("months", 24),
        values.getOrDefault("partitions", 3),
        values.getOrDefault("latency-seconds", 60),
        values.getOrDefault("rate", 1_000),
        values.getOrDefault("replay-minutes", 15));
  }

  long observations() {
    return (long) regions * indicators * months;
  }
}

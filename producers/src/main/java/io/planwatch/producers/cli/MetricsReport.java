package io.planwatch.producers.cli;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** Prints the meters of a registry for people, one line each, sorted by name. */
final class MetricsReport {
  private MetricsReport() {}

  static void print(MeterRegistry registry, PrintWriter out) {
    out.println("metrics / 指标:");
    registry.getMeters().stream()
        .sorted(Comparator.comparing(MetricsReport::label))
        .forEach(meter -> out.println("  " + label(meter) + " " + value(meter)));
    out.flush();
  }

  private static String label(Meter meter) {
    String tags =
        meter.getId().getTags().stream()
            .map(Tag::getKey)
            .map(key -> key + "=" + meter.getId().getTag(key))
            .collect(Collectors.joining(","));
    return meter.getId().getName() + (tags.isEmpty() ? "" : "{" + tags + "}");
  }

  private static String value(Meter meter) {
    if (meter instanceof Counter counter) {
      return String.format(Locale.ROOT, "%.0f", counter.count());
    }
    if (meter instanceof Timer timer) {
      return String.format(
          Locale.ROOT,
          "count=%d mean=%.3fms max=%.3fms",
          timer.count(),
          timer.mean(TimeUnit.MILLISECONDS),
          timer.max(TimeUnit.MILLISECONDS));
    }
    if (meter instanceof DistributionSummary summary) {
      return String.format(
          Locale.ROOT, "count=%d total=%.0f", summary.count(), summary.totalAmount());
    }
    StringBuilder text = new StringBuilder();
    meter
        .measure()
        .forEach(m -> text.append(m.getStatistic()).append('=').append(m.getValue()).append(' '));
    return text.toString().trim();
  }
}

package io.planwatch.streams.runtime;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits until every topic the topology reads exists ({@link SourceTopics}), so that Kafka Streams
 * never meets a missing source topic ({@code MissingSourceTopicException}) or a global store
 * without partitions ("no partitions available … when initializing global store"). Each missing
 * topic is logged once, and {@code /health/ready} names the missing topics meanwhile. The app never
 * creates these topics: their publishers do, with their partitions (e.g. {@code planwatch produce
 * catalogue}).
 */
public final class InputTopicsStep implements StartupStep {
  private static final Logger LOG = LoggerFactory.getLogger(InputTopicsStep.class);
  private static final long CALL_TIMEOUT_SECONDS = 30;

  @Override
  public String description() {
    return "wait for the input topics";
  }

  @Override
  public void run(final StartupContext context) throws InterruptedException {
    final SourceTopics sources = SourceTopics.of(context.topology());
    final Set<String> reported = new HashSet<>();
    while (true) {
      final List<String> missing =
          context.retrying("list the topics", () -> missing(context, sources, reported));
      if (missing.isEmpty()) {
        if (!reported.isEmpty()) {
          LOG.info("Every input topic is there now: {}", sources.all());
        }
        return;
      }
      context.notReady("waiting for input topics: " + String.join(", ", missing));
      context.pause();
    }
  }

  /** The source topics that do not exist yet; logs each the first time it is missing. */
  private static List<String> missing(
      final StartupContext context, final SourceTopics sources, final Set<String> reported)
      throws Exception {
    final Set<String> present =
        context.admin().listTopics().names().get(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    final List<String> missing = new ArrayList<>();
    for (final String topic : sources.all()) {
      if (!present.contains(topic)) {
        if (reported.add(topic)) {
          LOG.warn(
              "Waiting for input topic {}: it does not exist yet; its publisher creates it"
                  + " (e.g. `planwatch produce catalogue`). The app stays live, not ready.",
              topic);
        }
        missing.add(topic);
      }
    }
    return missing;
  }
}

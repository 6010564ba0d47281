package io.planwatch.streams.packaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the streams app's image (its jar and the jars of its {@code lib/}) must not hold: the Kafka
 * broker, the registry server, the producers and the launcher. Those belong to the launcher module
 * ({@code ./planwatch}); the app runs against any Kafka and registry.
 */
final class AppImageRules {
  /** Class prefixes nobody in the image may ship, with the reason shown on failure. */
  private static final Map<String, String> FORBIDDEN =
      Map.of(
          "kafka/", "the Kafka broker (kafka_2.13: kafka.Kafka, kafka.server.*)",
          "io/planwatch/registry/server/", "the registry server (module registry-server)",
          "io/planwatch/embedded/", "the embedded broker (module embedded)",
          "io/planwatch/producers/", "the producers (module producers)",
          "io/planwatch/streams/launcher/", "the launcher (module launcher)");

  /** The broker's own packages; the clients jar holds only the plug-in interfaces there. */
  private static final String BROKER_SERVER = "org/apache/kafka/server/";

  private static final String CLIENTS_JAR = "kafka-clients-";

  private AppImageRules() {}

  /**
   * The forbidden classes of an image, as {@code jar!/entry (reason)}, in the order given.
   *
   * @param entriesByJar each jar's file name and its entry names
   */
  static List<String> offending(final Map<String, List<String>> entriesByJar) {
    final List<String> found = new ArrayList<>();
    entriesByJar.forEach(
        (jar, entries) -> {
          for (final String entry : entries) {
            if (!entry.endsWith(".class")) {
              continue;
            }
            final String reason = reason(jar, entry);
            if (reason != null) {
              found.add(jar + "!/" + entry + " (" + reason + ")");
            }
          }
        });
    return found;
  }

  private static String reason(final String jar, final String entry) {
    for (final Map.Entry<String, String> rule : FORBIDDEN.entrySet()) {
      if (entry.startsWith(rule.getKey())) {
        return rule.getValue();
      }
    }
    if (entry.startsWith(BROKER_SERVER) && !jar.startsWith(CLIENTS_JAR)) {
      return "the Kafka broker's server classes (kafka-server, kafka-server-common …)";
    }
    return null;
  }
}

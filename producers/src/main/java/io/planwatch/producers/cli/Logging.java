package io.planwatch.producers.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;

/**
 * Logging of the command line. By default only errors of planwatch reach standard error (the Kafka
 * clients' connection warnings would bury the one-line message); {@code --verbose} shows what the
 * clients and planwatch do.
 */
final class Logging {
  /** The logback configuration {@link Main} selects unless the user chose one. */
  static final String CONFIG_RESOURCE = "planwatch-producers-logback.xml";

  private Logging() {}

  static void configure(boolean verbose) {
    if (verbose && LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      context.getLogger("io.planwatch").setLevel(Level.DEBUG);
      context.getLogger("org.apache.kafka").setLevel(Level.INFO);
      context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.INFO);
    }
  }
}

package io.planwatch.streams.launcher;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.Appender;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * Logging of {@code ./planwatch}: chosen in {@link PlanwatchMain#main} before anything logs. Each
 * command writes its log to {@code logs/<command>.log} (the folder from {@code PLANWATCH_LOG_DIR},
 * relative to the working directory, which {@code ./planwatch} sets to the repository root);
 * standard error shows only what {@link ConsoleLogFilter} lets through. {@code produce} runs the
 * producers' command line with the producers' own configuration, as {@code planwatch-producers.jar}
 * does: quiet unless its {@code --verbose}.
 */
final class LauncherLogging {
  static final String CONFIG_RESOURCE = "planwatch-launcher-logback.xml";
  static final String PRODUCERS_CONFIG_RESOURCE = "planwatch-producers-logback.xml";
  static final String LOG_DIR_VARIABLE = "PLANWATCH_LOG_DIR";

  private static final String CONFIG_PROPERTY = "logback.configurationFile";
  private static final String FILE_PROPERTY = "planwatch.log.file";
  private static final String CONSOLE_LEVEL_PROPERTY = "planwatch.console.level";
  private static final String CONSOLE_KAFKA_LEVEL_PROPERTY = "planwatch.console.kafka.level";

  private LauncherLogging() {}

  /** The command the arguments run: the first that is not an option, or {@code planwatch}. */
  static String command(final String[] args) {
    for (final String arg : args) {
      if (!arg.startsWith("-")) {
        return arg;
      }
    }
    return "planwatch";
  }

  /** Where a command's log goes. */
  static Path logFile(final String command, final Map<String, String> environment) {
    final String dir = environment.getOrDefault(LOG_DIR_VARIABLE, "");
    return Path.of(dir.isBlank() ? "logs" : dir).resolve(command + ".log");
  }

  /**
   * Selects the configuration for the command, unless the user chose one with {@code
   * -Dlogback.configurationFile}; must run before the first logger is created.
   *
   * @return the log file, or empty when the producers' configuration (no file) or the user's is
   *     used
   */
  static Optional<Path> select(final String[] args, final Map<String, String> environment) {
    if (System.getProperty(CONFIG_PROPERTY) != null) {
      return Optional.empty();
    }
    final String command = command(args);
    if (command.equals("produce")) {
      System.setProperty(CONFIG_PROPERTY, PRODUCERS_CONFIG_RESOURCE);
      return Optional.empty();
    }
    final Path file = logFile(command, environment).toAbsolutePath();
    System.setProperty(FILE_PROPERTY, file.toString());
    // The app's log is its output: its own INFO lines and Kafka's errors stay on the console.
    final boolean app = command.equals("app");
    System.setProperty(CONSOLE_LEVEL_PROPERTY, app ? "INFO" : "WARN");
    System.setProperty(CONSOLE_KAFKA_LEVEL_PROPERTY, app ? "ERROR" : "OFF");
    System.setProperty(CONFIG_PROPERTY, CONFIG_RESOURCE);
    return Optional.of(file);
  }

  /** {@code --verbose}: the console shows everything the log file gets. */
  static void verbose() {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return;
    }
    final Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    for (final var it = root.iteratorForAppenders(); it.hasNext(); ) {
      final Appender<?> appender = it.next();
      appender.getCopyOfAttachedFiltersList().stream()
          .filter(ConsoleLogFilter.class::isInstance)
          .map(ConsoleLogFilter.class::cast)
          .forEach(filter -> filter.setVerbose(true));
    }
  }
}

package io.planwatch.streams.launcher;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * What of the launcher's logging reaches standard error; the log file gets everything.
 *
 * <ul>
 *   <li>planwatch's own lines from {@link #setPlanwatchLevel a level} on (WARN by default; INFO for
 *       {@code app}, whose log is its output);
 *   <li>Kafka's (the clients', Streams' and the embedded broker's) from {@link #setKafkaLevel a
 *       level} on: none by default, since planwatch reports what matters itself and the broker's
 *       own errors (such as the harmless {@code OutOfOrderSequenceException} of transactions v2)
 *       would bury the demo's alerts; ERROR for {@code app};
 *   <li>any other library's errors.
 * </ul>
 *
 * {@link #setVerbose verbose} lets everything through.
 */
public final class ConsoleLogFilter extends Filter<ILoggingEvent> {
  private static final String PLANWATCH = "io.planwatch";

  private volatile boolean verbose;
  private volatile Level planwatchLevel = Level.WARN;
  private volatile Level kafkaLevel = Level.OFF;

  /** Whether every event reaches the console ({@code --verbose}). */
  public void setVerbose(final boolean verbose) {
    this.verbose = verbose;
  }

  /** The lowest level of planwatch's own lines shown (a level name; WARN if unknown). */
  public void setPlanwatchLevel(final String level) {
    this.planwatchLevel = Level.toLevel(level, Level.WARN);
  }

  /** The lowest level of Kafka's lines shown (a level name; OFF, none, if unknown). */
  public void setKafkaLevel(final String level) {
    this.kafkaLevel = Level.toLevel(level, Level.OFF);
  }

  @Override
  public FilterReply decide(final ILoggingEvent event) {
    if (verbose) {
      return FilterReply.NEUTRAL;
    }
    final String logger = event.getLoggerName();
    final Level shownFrom;
    if (within(logger, PLANWATCH)) {
      shownFrom = planwatchLevel;
    } else if (within(logger, "org.apache.kafka")
        || within(logger, "kafka")
        || logger.equals("state.change.logger")) {
      shownFrom = kafkaLevel;
    } else {
      shownFrom = Level.ERROR;
    }
    return event.getLevel().isGreaterOrEqual(shownFrom) ? FilterReply.NEUTRAL : FilterReply.DENY;
  }

  private static boolean within(final String logger, final String root) {
    return logger.equals(root) || logger.startsWith(root + ".");
  }
}

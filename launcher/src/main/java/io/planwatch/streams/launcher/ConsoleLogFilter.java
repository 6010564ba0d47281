package io.planwatch.streams.launcher;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * What of the launcher's logging reaches standard error: planwatch's own lines from {@link
 * #setPlanwatchLevel a level} on (WARN by default; INFO for {@code app}, whose log is its output),
 * and errors of any library; the rest (the Kafka clients' and broker's warnings) stays in the log
 * file. {@link #setVerbose verbose} lets everything through.
 */
public final class ConsoleLogFilter extends Filter<ILoggingEvent> {
  private static final String PLANWATCH = "io.planwatch";

  private volatile boolean verbose;
  private volatile Level planwatchLevel = Level.WARN;

  /** The lowest level of planwatch's own lines shown (a level name; WARN if unknown). */
  public void setPlanwatchLevel(final String level) {
    this.planwatchLevel = Level.toLevel(level, Level.WARN);
  }

  /** Whether every event reaches the console ({@code --verbose}). */
  public void setVerbose(final boolean verbose) {
    this.verbose = verbose;
  }

  @Override
  public FilterReply decide(final ILoggingEvent event) {
    if (verbose || event.getLevel().isGreaterOrEqual(Level.ERROR)) {
      return FilterReply.NEUTRAL;
    }
    final String logger = event.getLoggerName();
    final boolean planwatch = logger.equals(PLANWATCH) || logger.startsWith(PLANWATCH + ".");
    return planwatch && event.getLevel().isGreaterOrEqual(planwatchLevel)
        ? FilterReply.NEUTRAL
        : FilterReply.DENY;
  }
}

package io.planwatch.producers.cli;

import io.planwatch.producers.publish.PublishListener;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a long batch. On a terminal: a bar redrawn in place ({@code \r}) at most five times a
 * second. Otherwise (a pipe, a log file, CI): a plain line every ten seconds. Short batches (under
 * {@value #MIN_RECORDS} records) print nothing.
 */
final class ProgressReporter implements PublishListener {
  static final int MIN_RECORDS = 10_000;
  private static final long TERMINAL_INTERVAL_NANOS = 200_000_000L;
  private static final long PLAIN_INTERVAL_NANOS = 10_000_000_000L;
  private static final int WIDTH = 30;

  private final PrintWriter out;
  private final boolean terminal;
  private final String label;
  private final long startNanos = System.nanoTime();
  private long lastNanos = startNanos;
  private boolean drawn;

  ProgressReporter(PrintWriter out, boolean terminal, String label) {
    this.out = out;
    this.terminal = terminal;
    this.label = label;
  }

  @Override
  public void onProgress(long handed, long total) {
    if (total < MIN_RECORDS) {
      return;
    }
    long now = System.nanoTime();
    boolean last = handed == total;
    if (!last && now - lastNanos < (terminal ? TERMINAL_INTERVAL_NANOS : PLAIN_INTERVAL_NANOS)) {
      return;
    }
    lastNanos = now;
    double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
    long rate = Math.round(handed / seconds);
    int percent = (int) (handed * 100 / total);
    if (terminal) {
      int filled = (int) (handed * WIDTH / total);
      out.printf(
          Locale.ROOT,
          "\r%s [%s%s] %3d%% %,d/%,d rows, %,d rows/s",
          label,
          "#".repeat(filled),
          ".".repeat(WIDTH - filled),
          percent,
          handed,
          total,
          rate);
      drawn = true;
      if (last) {
        out.println();
        drawn = false;
      }
    } else {
      out.printf(
          Locale.ROOT,
          "%s: %,d of %,d rows sent (%d%%), %,d rows/s / 已发送%,d行%n",
          label,
          handed,
          total,
          percent,
          rate,
          handed);
    }
    out.flush();
  }

  /** Ends a bar left unfinished (an aborted batch). */
  void finish() {
    if (drawn) {
      out.println();
      out.flush();
      drawn = false;
    }
  }
}

package io.planwatch.producers.cli;

import io.planwatch.producers.publish.PublishListener;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a long batch. On a terminal: a bar redrawn in place ({@code \r}) at most five times a
 * second. Otherwise (a pipe, a log file, CI): a plain line every ten seconds. Short batches (under
 * {@value #MIN_RECORDS} records) print nothing. The total may be an estimate (a file's line count,
 * known before it is read) or unknown (0): then the count and the rate are shown without a bar.
 * {@link #finish} draws the final state once the batch has ended.
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
  private long handed;
  private long total;
  private boolean drawn;

  ProgressReporter(PrintWriter out, boolean terminal, String label) {
    this.out = out;
    this.terminal = terminal;
    this.label = label;
  }

  @Override
  public void onProgress(long handed, long total) {
    this.handed = handed;
    this.total = total;
    if (!isLong()) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastNanos < (terminal ? TERMINAL_INTERVAL_NANOS : PLAIN_INTERVAL_NANOS)) {
      return;
    }
    lastNanos = now;
    draw(now);
  }

  /** Draws where the batch ended, and ends the bar's line. */
  void finish() {
    if (isLong() && handed > 0) {
      draw(System.nanoTime());
    }
    end();
  }

  /** Ends a bar left unfinished, drawing nothing more (a file rejected part of the way). */
  void end() {
    if (drawn) {
      out.println();
      out.flush();
      drawn = false;
    }
  }

  private boolean isLong() {
    return Math.max(handed, total) >= MIN_RECORDS;
  }

  private void draw(long now) {
    double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
    long rate = Math.round(handed / seconds);
    if (total <= 0) {
      if (terminal) {
        out.printf(Locale.ROOT, "\r%s %,d rows, %,d rows/s", label, handed, rate);
        drawn = true;
      } else {
        out.printf(
            Locale.ROOT, "%s: %,d rows sent, %,d rows/s / 已发送%,d行%n", label, handed, rate, handed);
      }
      out.flush();
      return;
    }
    long shownTotal = Math.max(total, handed);
    int percent = (int) (handed * 100 / shownTotal);
    if (terminal) {
      int filled = (int) (handed * WIDTH / shownTotal);
      out.printf(
          Locale.ROOT,
          "\r%s [%s%s] %3d%% %,d/%,d rows, %,d rows/s",
          label,
          "#".repeat(filled),
          ".".repeat(WIDTH - filled),
          percent,
          handed,
          shownTotal,
          rate);
      drawn = true;
    } else {
      out.printf(
          Locale.ROOT,
          "%s: %,d of %,d rows sent (%d%%), %,d rows/s / 已发送%,d行%n",
          label,
          handed,
          shownTotal,
          percent,
          rate,
          handed);
    }
    out.flush();
  }
}

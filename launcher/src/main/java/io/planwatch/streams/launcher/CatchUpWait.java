package io.planwatch.streams.launcher;

import io.planwatch.streams.api.HealthSnapshot;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Waits until the streams app has worked off its backlog (its consumer group is behind by no
 * record, as measured after the wait began), saying every few seconds how many records are left and
 * when the app expects to be done. The demo says "finished" only after this.
 */
final class CatchUpWait {
  private static final Duration POLL = Duration.ofMillis(500);
  private static final Duration REPORT_EVERY = Duration.ofSeconds(5);

  private final Supplier<HealthSnapshot> health;
  private final PrintWriter out;

  CatchUpWait(Supplier<HealthSnapshot> health, PrintWriter out) {
    this.health = health;
    this.out = out;
  }

  /**
   * @return true once caught up; false if the app failed meanwhile
   */
  boolean await() throws InterruptedException {
    final Instant since = Instant.now();
    long lastReport = System.nanoTime() - REPORT_EVERY.toNanos();
    while (true) {
      final HealthSnapshot snapshot = health.get();
      if (!snapshot.live()) {
        return false;
      }
      final Optional<HealthSnapshot.Backlog> backlog =
          snapshot.backlog().filter(b -> !Instant.parse(b.measuredAt()).isBefore(since));
      if (backlog.isPresent() && !backlog.get().behind()) {
        return true;
      }
      if (System.nanoTime() - lastReport >= REPORT_EVERY.toNanos()) {
        say(describe(snapshot, backlog));
        lastReport = System.nanoTime();
      }
      Thread.sleep(POLL.toMillis());
    }
  }

  static String describe(
      final HealthSnapshot snapshot, final Optional<HealthSnapshot.Backlog> backlog) {
    if (backlog.isEmpty()) {
      return "Waiting for the app to catch up ("
          + snapshot.reason().orElse("measuring its backlog")
          + ") / 等待应用处理完毕";
    }
    final HealthSnapshot.Backlog b = backlog.get();
    return b.secondsToCatchUp()
        .map(
            s ->
                String.format(
                    "The app is working off a backlog: %d records to go, about %d s left"
                        + " / 应用正在处理积压数据：尚有 %d 条，预计 %d 秒后完成",
                    b.recordsBehind(), s, b.recordsBehind(), s))
        .orElseGet(
            () ->
                String.format(
                    "The app is working off a backlog: %d records to go" + " / 应用正在处理积压数据：尚有 %d 条",
                    b.recordsBehind(), b.recordsBehind()));
  }

  private void say(final String line) {
    synchronized (out) {
      out.println(line);
      out.flush();
    }
  }
}

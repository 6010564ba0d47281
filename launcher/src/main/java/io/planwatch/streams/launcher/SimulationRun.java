package io.planwatch.streams.launcher;

import io.planwatch.avro.PaceStatus;
import io.planwatch.domain.catalogue.Catalogue;
import io.planwatch.producers.publish.Batch;
import io.planwatch.producers.publish.Outgoing;
import io.planwatch.producers.publish.PublishListener;
import io.planwatch.producers.publish.PublishResult;
import io.planwatch.producers.publish.Records;
import io.planwatch.producers.simulate.SimulationBatch;
import io.planwatch.producers.simulate.SimulationConfig;
import io.planwatch.producers.simulate.Simulator;
import io.planwatch.topics.Topics;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Publishes the simulated months one by one, each in its own transaction, pausing between months so
 * a person can follow, and prints a one-screen summary at the end of each month. A month that the
 * publish ledger already holds (a resumed demo) is skipped without a pause.
 */
final class SimulationRun {
  private static final String TRANSACTIONAL_ID = "demo-simulation";
  private static final Duration CATCH_UP_QUIET = Duration.ofSeconds(5);
  private static final Duration CATCH_UP_MAX = Duration.ofMinutes(3);

  private final DemoSettings settings;
  private final DemoStack stack;
  private final Catalogue catalogue;
  private final PrintWriter out;
  private final Topics topics = Topics.defaults();

  SimulationRun(DemoSettings settings, DemoStack stack, Catalogue catalogue, PrintWriter out) {
    this.settings = settings;
    this.stack = stack;
    this.catalogue = catalogue;
    this.out = out;
  }

  void run() throws InterruptedException {
    final Simulator simulator =
        new Simulator(
            catalogue,
            SimulationConfig.defaults(settings.seed())
                .withYears(settings.firstYear(), settings.lastYear()));
    int skipped = 0;
    SimulationBatch last = null;
    for (final SimulationBatch month : simulator.batches()) {
      final PublishResult result =
          stack.publisher().publishOnce(batch(month), PublishListener.NONE);
      if (result.outcome() == PublishResult.Outcome.ALREADY_PUBLISHED) {
        skipped++;
        continue;
      }
      if (!result.committed()) {
        throw new IllegalStateException(
            "Publishing " + month.name() + " failed: " + result.errorMessage().orElse("aborted"));
      }
      if (skipped > 0) {
        say("Resumed: %d months were published before / 从上次位置继续(跳过 %d 个月)", skipped, skipped);
        skipped = 0;
      }
      if (settings.monthPause().isZero()) {
        say(
            "── %s ── %d records published / 已发布 %d 条",
            month.name(), result.published(), result.published());
      } else {
        Thread.sleep(settings.monthPause().toMillis());
        summary(month, result.published());
      }
      last = month;
    }
    if (skipped > 0) {
      say("All %d simulated months were published before / 所有 %d 个模拟月份此前均已发布", skipped, skipped);
    } else if (settings.monthPause().isZero() && last != null) {
      // Full speed: the app catches up after the last month; summarise once it has.
      stack.console().awaitQuiet(CATCH_UP_QUIET, CATCH_UP_MAX);
      summary(last, 0);
    }
  }

  private Batch batch(SimulationBatch month) {
    final List<Outgoing> records = new ArrayList<>(month.size());
    records.addAll(Records.observations(topics, month.observations()));
    records.addAll(Records.projectUpdates(topics, month.projectUpdates()));
    final String id = "demo|seed-" + settings.seed() + "|" + month.name();
    return new Batch(id, TRANSACTIONAL_ID, "simulated " + month.name(), records);
  }

  private void summary(SimulationBatch month, long published) {
    final int year = month.period().year();
    final Map<PaceStatus, Integer> counts = stack.console().statusCounts(year);
    say(
        "── %d年%s ── %d records published / 已发布 %d 条 ── 超前 AHEAD %d │ 正常 ON_TRACK %d │"
            + " 滞后 BEHIND %d │ 严重滞后 CRITICAL %d │ 无法评估 N/A %d │ 预警 alerts %d",
        year,
        month.history() ? "(历史 history)" : month.period().chineseYtd(),
        published,
        published,
        counts.getOrDefault(PaceStatus.AHEAD, 0),
        counts.getOrDefault(PaceStatus.ON_TRACK, 0),
        counts.getOrDefault(PaceStatus.BEHIND, 0),
        counts.getOrDefault(PaceStatus.CRITICAL, 0),
        counts.getOrDefault(PaceStatus.NOT_EVALUABLE, 0),
        stack.console().alertsPrinted());
  }

  private void say(String format, Object... args) {
    synchronized (out) {
      out.printf(format + "%n", args);
      out.flush();
    }
  }
}

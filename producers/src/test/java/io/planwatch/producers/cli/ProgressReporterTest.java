package io.planwatch.producers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressReporterTest {
  private final StringWriter text = new StringWriter();
  private final PrintWriter out = new PrintWriter(text, true);

  @Test
  void shouldStaySilentForShortFiles() {
    ProgressReporter progress = new ProgressReporter(out, true, "short.csv");

    for (long i = 1; i <= 100; i++) {
      progress.onProgress(i, 100);
    }

    assertThat(text.toString()).isEmpty();
  }

  @Test
  void shouldRedrawABarInPlaceOnATerminalAndEndTheLineWhenDone() {
    ProgressReporter progress = new ProgressReporter(out, true, "big.csv");

    progress.onProgress(50_000, 50_000);
    progress.finish();

    assertThat(text.toString())
        .startsWith("\rbig.csv [##############################] 100% 50,000/50,000 rows")
        .endsWith(System.lineSeparator())
        .containsOnlyOnce(System.lineSeparator());
  }

  @Test
  void shouldPrintPlainBilingualLinesWhenNotATerminal() {
    ProgressReporter progress = new ProgressReporter(out, false, "big.csv");

    progress.onProgress(20_000, 20_000);
    progress.finish();

    assertThat(text.toString())
        .doesNotContain("\r")
        .startsWith("big.csv: 20,000 of 20,000 rows sent (100%)")
        .contains("已发送20,000行");
  }

  @Test
  void shouldShowWhereABatchStoppedShortOfItsEstimate() {
    ProgressReporter progress = new ProgressReporter(out, false, "big.csv");

    progress.onProgress(12_000, 40_000);
    progress.finish();

    assertThat(text.toString())
        .startsWith("big.csv: 12,000 of 40,000 rows sent (30%), ")
        .endsWith(" rows/s / 已发送12,000行" + System.lineSeparator())
        .containsOnlyOnce(System.lineSeparator());
  }

  @Test
  void shouldNeverShowMoreThanAllWhenAFileHasMoreRowsThanEstimated() {
    ProgressReporter progress = new ProgressReporter(out, true, "big.csv");

    progress.onProgress(45_000, 40_000);
    progress.finish();

    assertThat(text.toString()).contains("100% 45,000/45,000 rows");
  }

  @Test
  void shouldCountWithoutABarWhenTheTotalIsUnknown() {
    ProgressReporter progress = new ProgressReporter(out, false, "big.xlsx");

    progress.onProgress(15_000, 0);
    progress.finish();

    assertThat(text.toString()).startsWith("big.xlsx: 15,000 rows sent, ").doesNotContain("%");
  }

  @Test
  void shouldDrawNothingMoreWhenABatchIsAbandoned() {
    ProgressReporter progress = new ProgressReporter(out, false, "big.csv");
    progress.onProgress(20_000, 40_000);

    progress.end();

    // finish() would have printed where the batch stopped; a rejected file's report says it all.
    assertThat(text.toString()).isEmpty();
  }

  @Test
  void shouldEndADrawnBarsLineWithoutDrawingItAgainWhenABatchIsAbandoned()
      throws InterruptedException {
    ProgressReporter progress = new ProgressReporter(out, true, "big.csv");
    // Past the redraw interval, so that this update draws the bar.
    Thread.sleep(250);
    progress.onProgress(20_000, 40_000);

    progress.end();

    assertThat(text.toString())
        .startsWith("\rbig.csv [###############...............]  50% 20,000/40,000 rows")
        .containsOnlyOnce("\r")
        .endsWith(System.lineSeparator())
        .containsOnlyOnce(System.lineSeparator());
  }
}

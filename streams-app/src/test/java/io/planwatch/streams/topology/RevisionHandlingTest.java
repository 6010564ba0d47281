package io.planwatch.streams.topology;

import static io.planwatch.avro.Measure.YTD_GROWTH;
import static org.assertj.core.api.Assertions.assertThat;

import io.planwatch.avro.IndicatorProgress;
import io.planwatch.avro.PaceStatus;
import io.planwatch.avro.StatisticalObservation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Revisions, duplicates, late and out-of-order figures (docs/architecture.md, "Revisions,
 * duplicates, late data").
 */
class RevisionHandlingTest extends TopologyTestBase {
  static final String IVA = "industrial_value_added";
  static final String SHENYANG = "210100";
  static final String IVA_TARGET = "002.shenyang.industrial_value_added.growth.2022";

  @BeforeEach
  void catalogue() {
    shenyangIndustry();
  }

  @Test
  void shouldReplaceFigureWhenRevisionSupersedesIt() {
    observe(IVA, SHENYANG, 2022, 6, YTD_GROWTH, 5.1, "r-2022-06", 0);
    observe(IVA, SHENYANG, 2022, 6, YTD_GROWTH, 11.8, "r-2022-06-rev", 1);

    final List<IndicatorProgress> out = progressValues();
    assertThat(out).extracting(IndicatorProgress::getActual).containsExactly(5.1, 11.8);
    assertThat(out.get(1).getRevision()).isEqualTo(1);
    assertThat(out.get(1).getStatus()).isEqualTo(PaceStatus.ON_TRACK);
    assertThat(counter("planwatch.revisions.applied")).isEqualTo(1.0);
  }

  @Test
  void shouldEmitNothingWhenTheSameReleaseArrivesAgain() {
    observe(IVA, SHENYANG, 2022, 6, YTD_GROWTH, 5.1, "r-2022-06", 0);
    progress.readValuesToList();
    alerts.readValuesToList();

    observe(IVA, SHENYANG, 2022, 6, YTD_GROWTH, 5.1, "r-2022-06", 0);

    assertNoMore(progress);
    assertNoMore(alerts);
    assertThat(counter("planwatch.records.ignored", "reason", "DUPLICATE")).isEqualTo(1.0);
  }

  @Test
  void shouldIgnoreAndCountAnOlderRevisionArrivingLate() {
    observe(IVA, SHENYANG, 2022, 6, YTD_GROWTH, 11.8, "r-2022-06-rev", 2);
    progress.readValuesToList();

    observe(IVA, SHENYANG, 2022, 6, YTD_GROWTH, 5.1, "r-2022-06", 1);

    assertNoMore(progress);
    assertThat(counter("planwatch.records.ignored", "reason", "STALE_REVISION")).isEqualTo(1.0);
  }

  @Test
  void shouldTakeTheLaterPublicationWhenTwoReleasesCarryTheSameRevision() {
    observe(IVA, SHENYANG, 2022, 6, YTD_GROWTH, 5.1, "r-2022-06", 0);
    final StatisticalObservation republished =
        StatisticalObservation.newBuilder(
                AvroFixtures.observation(IVA, SHENYANG, 2022, 6, YTD_GROWTH, 5.3, "r-2022-06-b", 0))
            .setPublishedAt(Instant.parse("2022-07-30T00:00:00Z"))
            .build();

    observations.pipeInput(AvroFixtures.key(republished), republished);

    assertThat(progressValues()).extracting(IndicatorProgress::getActual).containsExactly(5.1, 5.3);
  }

  @Test
  void shouldKeepThePositionOfTheLatestMonthWhenAnEarlierMonthArrivesLate() {
    observe(IVA, SHENYANG, 2022, 7, YTD_GROWTH, 12.5, "r-2022-07", 0);
    observe(IVA, SHENYANG, 2022, 6, YTD_GROWTH, 5.1, "r-2022-06", 0);
    observe(IVA, SHENYANG, 2022, 8, YTD_GROWTH, 12.4, "r-2022-08", 0);

    final List<IndicatorProgress> out = progressValues();
    assertThat(out)
        .extracting(p -> p.getLatestPeriod().getMonth())
        .as("June changes nothing: July stays the position until August")
        .containsExactly(7, 8);
    assertNoMore(alerts);
  }
}

package io.planwatch.producers.simulate;

import static io.planwatch.producers.simulate.SimulationFixtures.BATCHES;
import static io.planwatch.producers.simulate.SimulationFixtures.all;
import static io.planwatch.producers.simulate.SimulationFixtures.latest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.planwatch.domain.model.Measure;
import io.planwatch.domain.model.Observation;
import io.planwatch.domain.model.ObservationStatus;
import io.planwatch.domain.model.Period;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SimulatedSeriesTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Test
  void shouldFoldJanuaryIntoJanuaryFebruary() {
    assertThat(all()).noneMatch(o -> o.period().month() == 1);
    assertThat(BATCHES).noneMatch(b -> b.period().month() == 1);
    assertThat(BATCHES.get(1).period()).isEqualTo(new Period(2021, 2));
  }

  @Test
  void shouldNeverLetAYearToDateLevelFallWithinAYear() {
    Map<String, Double> previous = new HashMap<>();
    int checked = 0;
    for (Observation o : finals()) {
      if (o.measure() != Measure.YTD_LEVEL) {
        continue;
      }
      String key = o.indicatorCode() + "|" + o.regionCode() + "|" + o.period().year();
      Double before = previous.put(key, o.value());
      if (before != null) {
        assertThat(o.value()).as(o.key()).isGreaterThanOrEqualTo(before);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(1000);
  }

  @Test
  void shouldPublishGrowthThatAgreesWithTheLevelsOfTheSameMonthsLastYear() {
    int checked = 0;
    for (Observation growth : finals()) {
      if (growth.measure() != Measure.YTD_GROWTH || growth.period().year() < 2022) {
        continue;
      }
      Measure levelMeasure =
          SimulationFixtures.CATALOGUE.indicator(growth.indicatorCode()).orElseThrow().measure();
      double now = level(growth, growth.period(), levelMeasure);
      double before =
          level(
              growth,
              new Period(growth.period().year() - 1, growth.period().month()),
              levelMeasure);
      assertThat(growth.value())
          .as(growth.key())
          .isCloseTo((now / before - 1) * 100, within(0.051));
      checked++;
    }
    assertThat(checked).isGreaterThan(500);
  }

  @Test
  void shouldPublishEveryFigureProvisionalFirstAndThenFinalOrRevisedInTheNextRelease() {
    Map<String, List<Observation>> versions =
        all().stream()
            .filter(o -> o.period().year() >= 2021)
            .collect(Collectors.groupingBy(Observation::key));
    long finals = 0;
    long revised = 0;
    for (List<Observation> figure : versions.values()) {
      Observation first = figure.get(0);
      assertThat(first.status()).isEqualTo(ObservationStatus.PROVISIONAL);
      assertThat(first.revision()).isZero();
      if (figure.size() == 2) {
        Observation second = figure.get(1);
        assertThat(second.revision()).isEqualTo(1);
        assertThat(second.publishedAt()).isAfter(first.publishedAt());
        if (second.status() == ObservationStatus.FINAL) {
          assertThat(second.value()).isEqualTo(first.value());
          finals++;
        } else {
          assertThat(second.status()).isEqualTo(ObservationStatus.REVISED);
          assertThat(second.value()).isNotEqualTo(first.value());
          revised++;
        }
      } else {
        assertThat(figure).hasSize(1);
        assertThat(first.publishedAt()).isEqualTo(BATCHES.get(BATCHES.size() - 1).publishedAt());
      }
    }
    assertThat(finals).isGreaterThan(1000);
    assertThat(revised).isBetween(20L, finals / 10);
  }

  @Test
  void shouldPublishTheHistoryYearFinalWithItsLatestMonthFirst() {
    SimulationBatch history = BATCHES.get(0);

    assertThat(history.history()).isTrue();
    assertThat(history.name()).isEqualTo("2020-history");
    assertThat(history.observations()).allMatch(o -> o.status() == ObservationStatus.FINAL);
    assertThat(history.observations()).allMatch(o -> o.period().year() == 2020);
    assertThat(history.observations().get(0).period()).isEqualTo(new Period(2020, 12));
    assertThat(history.publishedAt()).isBefore(BATCHES.get(1).publishedAt());
  }

  @Test
  void shouldMarkEveryRecordSimulatedAndNameReleasesByMonthAndRegion() {
    for (SimulationBatch batch : BATCHES.subList(1, BATCHES.size())) {
      for (Observation o : batch.observations()) {
        assertThat(o.source()).isEqualTo("simulated:seed=42");
        assertThat(o.releaseId()).isEqualTo("sim-" + batch.name() + "-" + o.regionCode());
      }
      assertThat(batch.projectUpdates()).allMatch(u -> u.source().equals("simulated:seed=42"));
    }
  }

  @Test
  void shouldPublishMidMonthAfterThePeriodOnAWorkingDayInShanghai() {
    for (SimulationBatch batch : BATCHES.subList(1, BATCHES.size())) {
      LocalDate day = batch.publishedAt().atZone(SHANGHAI).toLocalDate();
      YearMonth next = YearMonth.of(batch.period().year(), batch.period().month()).plusMonths(1);

      assertThat(YearMonth.from(day)).as(batch.name()).isEqualTo(next);
      assertThat(day.getDayOfMonth()).isBetween(15, 22);
      assertThat(day.getDayOfWeek().getValue()).isLessThanOrEqualTo(5);
      assertThat(batch.publishedAt().atZone(SHANGHAI).getHour()).isEqualTo(10);
      assertThat(batch.observations()).allMatch(o -> o.publishedAt().equals(batch.publishedAt()));
    }
  }

  @Test
  void shouldPutRevisionsOfThePreviousMonthBeforeTheNewFigures() {
    SimulationBatch june =
        BATCHES.stream().filter(b -> b.name().equals("2021-06")).findFirst().orElseThrow();
    List<Observation> figures = june.observations();
    int lastRevision = -1;
    int firstNew = Integer.MAX_VALUE;
    for (int i = 0; i < figures.size(); i++) {
      if (figures.get(i).revision() == 1) {
        lastRevision = i;
      } else {
        firstNew = Math.min(firstNew, i);
      }
    }
    assertThat(lastRevision).isLessThan(firstNew);
    assertThat(latest("retail_sales", "210112", new Period(2021, 5), Measure.YTD_LEVEL))
        .hasValueSatisfying(o -> assertThat(o.status()).isEqualTo(ObservationStatus.REVISED));
  }

  private static List<Observation> finals() {
    Map<String, Observation> latest = new java.util.LinkedHashMap<>();
    for (Observation o : all()) {
      latest.merge(o.key(), o, (a, b) -> b.revision() >= a.revision() ? b : a);
    }
    return latest.values().stream()
        .sorted(
            java.util.Comparator.comparing(Observation::indicatorCode)
                .thenComparing(Observation::regionCode)
                .thenComparing(Observation::period))
        .toList();
  }

  private static double level(Observation growth, Period period, Measure measure) {
    return latest(growth.indicatorCode(), growth.regionCode(), period, measure)
        .orElseThrow(() -> new AssertionError("no level for " + growth.key() + " at " + period))
        .value();
  }
}

package io.planwatch.producers.simulate;

import static io.planwatch.producers.simulate.PaceCheck.finalStatus;
import static io.planwatch.producers.simulate.PaceCheck.provisionalStatus;
import static io.planwatch.producers.simulate.SimulationFixtures.BATCHES;
import static io.planwatch.producers.simulate.SimulationFixtures.CATALOGUE;
import static org.assertj.core.api.Assertions.assertThat;

import io.planwatch.domain.model.PaceStatus;
import io.planwatch.domain.model.Period;
import io.planwatch.domain.model.PlanTarget;
import io.planwatch.domain.pace.Evaluation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SimulatedPaceTest {
  private static final String SHENYANG_IVA = "002.shenyang.industrial_value_added.growth.2022";
  private static final String HUNNAN_RETAIL_LEVEL = "000.hunnan.retail_sales.level.2025";
  private static final String HUNNAN_RETAIL_GROWTH = "000.hunnan.retail_sales.avg-growth.2025";
  private static final String HEPING_RETAIL = "001.heping.retail_sales.avg-growth.2025";

  @Test
  void shouldPutShenyangIndustryBehindInMarchCriticalInAprilAndMayAndOnTrackFromSeptember() {
    assertThat(finalStatus(SHENYANG_IVA, new Period(2022, 2))).isEqualTo(PaceStatus.ON_TRACK);
    assertThat(finalStatus(SHENYANG_IVA, new Period(2022, 3))).isEqualTo(PaceStatus.BEHIND);
    assertThat(finalStatus(SHENYANG_IVA, new Period(2022, 4))).isEqualTo(PaceStatus.CRITICAL);
    assertThat(finalStatus(SHENYANG_IVA, new Period(2022, 5))).isEqualTo(PaceStatus.CRITICAL);
    for (int month = 9; month <= 12; month++) {
      assertThat(finalStatus(SHENYANG_IVA, new Period(2022, month)))
          .as("month %d", month)
          .isEqualTo(PaceStatus.ON_TRACK);
    }
  }

  @Test
  void shouldOpenAnAlertInTheVeryFirstReleaseWithHepingRetailSales() {
    SimulationBatch first = BATCHES.get(1);
    assertThat(first.name()).isEqualTo("2021-02");
    assertThat(provisionalStatus(HEPING_RETAIL, first.period())).isEqualTo(PaceStatus.CRITICAL);
    assertThat(finalStatus(HEPING_RETAIL, new Period(2021, 7))).isEqualTo(PaceStatus.ON_TRACK);
  }

  @Test
  void shouldPublishAProvisionalBreachThatTheRevisionRemoves() {
    Period may = new Period(2021, 5);

    assertThat(provisionalStatus(HUNNAN_RETAIL_LEVEL, may)).isEqualTo(PaceStatus.BEHIND);
    assertThat(provisionalStatus(HUNNAN_RETAIL_GROWTH, may)).isEqualTo(PaceStatus.CRITICAL);
    assertThat(finalStatus(HUNNAN_RETAIL_LEVEL, may)).isEqualTo(PaceStatus.ON_TRACK);
    assertThat(finalStatus(HUNNAN_RETAIL_GROWTH, may)).isEqualTo(PaceStatus.ON_TRACK);
  }

  @Test
  void shouldKeepMostEvaluableTargetsOnTrackAtTheEndOfEachYear() {
    for (int year = 2021; year <= 2022; year++) {
      Map<PaceStatus, Integer> counts = new EnumMap<>(PaceStatus.class);
      List<String> behind = new ArrayList<>();
      for (PlanTarget target : CATALOGUE.targets().values()) {
        Optional<Evaluation> evaluation =
            PaceCheck.evaluate(target.id(), new Period(year, 12), true);
        PaceStatus status = evaluation.map(Evaluation::status).orElse(PaceStatus.NOT_EVALUABLE);
        counts.merge(status, 1, Integer::sum);
        if (evaluation.isPresent() && evaluation.get().isBreach()) {
          behind.add(target.id() + " " + status + " " + evaluation.get().deviation());
        }
      }
      int evaluable = CATALOGUE.targets().size() - counts.getOrDefault(PaceStatus.NOT_EVALUABLE, 0);
      int good =
          counts.getOrDefault(PaceStatus.ON_TRACK, 0) + counts.getOrDefault(PaceStatus.AHEAD, 0);
      assertThat(evaluable).as("evaluable targets in %d", year).isGreaterThan(100);
      assertThat(good)
          .as("%d: %s, breaches %s", year, counts, behind)
          .isGreaterThan(evaluable * 9 / 10);
    }
  }
}

package io.planwatch.producers.simulate;

import static io.planwatch.producers.simulate.SimulationFixtures.BATCHES;
import static io.planwatch.producers.simulate.SimulationFixtures.CATALOGUE;
import static org.assertj.core.api.Assertions.assertThat;

import io.planwatch.domain.alert.AlertEvent;
import io.planwatch.domain.model.AlertTransition;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What a pace monitor fed with the simulated batches raises, batch by batch. */
class SimulatedAlertsTest {
  private static final List<List<AlertEvent>> PER_BATCH = replay();

  private static List<List<AlertEvent>> replay() {
    AlertReplay monitor = new AlertReplay(CATALOGUE);
    return BATCHES.stream().map(monitor::accept).toList();
  }

  private static List<String> transitions(String targetId) {
    return PER_BATCH.stream()
        .flatMap(List::stream)
        .filter(e -> e.state().targetId().equals(targetId))
        .map(e -> e.transition() + "@" + e.evaluation().period())
        .toList();
  }

  @Test
  void shouldOpenAnAlertWithTheFirstMonthlyBatch() {
    assertThat(PER_BATCH.get(1))
        .extracting(AlertEvent::transition)
        .contains(AlertTransition.OPENED);
  }

  @Test
  void shouldTakeShenyangIndustryThroughTheWholeAlertLifecycleIn2022() {
    assertThat(transitions("002.shenyang.industrial_value_added.growth.2022"))
        .startsWith("OPENED@2022-03", "ESCALATED@2022-04")
        .contains("RESOLVED@2022-09");
  }

  @Test
  void shouldRetractTheAlertsOpenedByTheFalseAlarm() {
    assertThat(transitions("000.hunnan.retail_sales.avg-growth.2025"))
        .containsSubsequence("OPENED@2021-05", "RETRACTED@2021-05");
    assertThat(transitions("000.hunnan.retail_sales.level.2025"))
        .containsSubsequence("OPENED@2021-05", "RETRACTED@2021-05");
  }

  @Test
  void shouldKeepTheAlertsFewSoThatTheBreachesStandOut() {
    Map<AlertTransition, Long> counts =
        PER_BATCH.stream()
            .flatMap(List::stream)
            .collect(Collectors.groupingBy(AlertEvent::transition, Collectors.counting()));
    List<String> opened =
        PER_BATCH.stream()
            .flatMap(List::stream)
            .filter(e -> e.transition() == AlertTransition.OPENED)
            .map(e -> e.key() + "@" + e.evaluation().period())
            .toList();

    assertThat(opened).as("%s", counts).hasSizeBetween(4, 30);
  }
}

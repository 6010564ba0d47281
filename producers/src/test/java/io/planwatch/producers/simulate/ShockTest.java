package io.planwatch.producers.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ShockTest {
  private final Shock spring = Shock.parse("industrial_value_added:210100:2022-03:2022-05:0.06");

  @Test
  void shouldDeepenOverTheShockMonthsAndRecoverOverFourMonths() {
    assertThat(spring.shortfall(YearMonth.of(2022, 2))).isZero();
    assertThat(spring.shortfall(YearMonth.of(2022, 3))).isCloseTo(0.02, within(1e-12));
    assertThat(spring.shortfall(YearMonth.of(2022, 4))).isCloseTo(0.04, within(1e-12));
    assertThat(spring.shortfall(YearMonth.of(2022, 5))).isCloseTo(0.06, within(1e-12));
    assertThat(spring.shortfall(YearMonth.of(2022, 6))).isCloseTo(0.045, within(1e-12));
    assertThat(spring.shortfall(YearMonth.of(2022, 8))).isCloseTo(0.015, within(1e-12));
    assertThat(spring.shortfall(YearMonth.of(2022, 9))).isZero();
  }

  @Test
  void shouldReadBackItsOwnOptionForm() {
    assertThat(Shock.parse(spring.toString())).isEqualTo(spring);
    assertThat(spring.affects("industrial_value_added", "210100")).isTrue();
    assertThat(spring.affects("industrial_value_added", "210112")).isFalse();
  }

  @Test
  void shouldNameThePartOfAShockOptionThatIsWrong() {
    assertThatThrownBy(() -> Shock.parse("gdp:210100:2022-03:0.1")).hasMessageContaining("5 parts");
    assertThatThrownBy(() -> Shock.parse("gdp:210100:2022-3x:2022-05:0.1"))
        .hasMessageContaining("from '2022-3x'");
    assertThatThrownBy(() -> Shock.parse("gdp:210100:2022-03:2022-05:deep"))
        .hasMessageContaining("depth 'deep'");
    assertThatThrownBy(() -> Shock.parse("gdp:210100:2022-05:2022-03:0.1"))
        .hasMessageContaining("before it starts");
    assertThatThrownBy(() -> Shock.parse("gdp:210100:2022-03:2022-05:1.5"))
        .hasMessageContaining("(0, 1)");
  }

  @Test
  void shouldReadAFalseAlarmOption() {
    FalseAlarm alarm = FalseAlarm.parse("retail_sales:210112:2021-05:0.04");

    assertThat(alarm).isEqualTo(SimulationConfig.DEFAULT_FALSE_ALARMS.get(0));
    assertThat(alarm.affects("retail_sales", "210112", YearMonth.of(2021, 5))).isTrue();
    assertThatThrownBy(() -> FalseAlarm.parse("retail_sales:210112:0.04"))
        .hasMessageContaining("4 parts");
  }

  @Test
  void shouldStartWithTheFirstMonthWhenThereIsNoHistory() {
    Simulator calm =
        new Simulator(
            SimulationFixtures.CATALOGUE,
            SimulationConfig.defaults(SimulationFixtures.SEED)
                .withShocks(java.util.List.of())
                .withFalseAlarms(java.util.List.of())
                .withHistoryYears(0));

    assertThat(calm.batches().get(0).name()).isEqualTo("2021-02");
    assertThat(calm.batches())
        .allSatisfy(
            b -> assertThat(b.observations()).noneMatch(o -> o.releaseId().contains("history")));
  }
}

package io.planwatch.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.planwatch.domain.model.Bands;
import io.planwatch.domain.pace.DeviationKind;
import org.junit.jupiter.api.Test;

class HysteresisTest {

  @Test
  void shouldResolveLevelsAtHalfTheMarginToTheBehindEdge() {
    assertThat(Hysteresis.resolveThreshold(DeviationKind.RATIO, Bands.LEVEL_DEFAULT))
        .isCloseTo(0.99, within(1e-12));
  }

  @Test
  void shouldResolveGapsAtMinusAQuarterPoint() {
    assertThat(Hysteresis.resolveThreshold(DeviationKind.GAP_PP, Bands.GAP_DEFAULT))
        .isEqualTo(-0.25);
  }

  @Test
  void shouldDeriveTheThresholdFromTheBandsInForce() {
    assertThat(Hysteresis.resolveThreshold(DeviationKind.RATIO, new Bands(1.05, 0.9, 0.8)))
        .isCloseTo(0.95, within(1e-12));
    assertThat(Hysteresis.resolveThreshold(DeviationKind.GAP_PP, new Bands(2, -1, -3)))
        .isEqualTo(-0.5);
  }
}

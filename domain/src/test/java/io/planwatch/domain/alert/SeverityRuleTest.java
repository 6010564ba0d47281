package io.planwatch.domain.alert;

import static io.planwatch.domain.alert.AlertFixtures.INDUSTRY;
import static io.planwatch.domain.alert.AlertFixtures.INDUSTRY_2022;
import static io.planwatch.domain.alert.AlertFixtures.SHENYANG;
import static io.planwatch.domain.alert.AlertFixtures.industry;
import static org.assertj.core.api.Assertions.assertThat;

import io.planwatch.domain.model.AlertSeverity;
import io.planwatch.domain.model.Attribute;
import io.planwatch.domain.model.Measure;
import io.planwatch.domain.pace.Evaluation;
import org.junit.jupiter.api.Test;

class SeverityRuleTest {

  @Test
  void shouldRateAShallowBehindAsLow() {
    assertThat(SeverityRule.of(industry(6, 11.0))).isEqualTo(AlertSeverity.LOW);
  }

  @Test
  void shouldRateACriticalShortfallAsMediumAndADeepOneAsHigh() {
    // −2.5 pp: CRITICAL but not 1.5 pp past the CRITICAL edge; −6.9 pp: deep
    assertThat(SeverityRule.of(industry(6, 9.5))).isEqualTo(AlertSeverity.MEDIUM);
    assertThat(SeverityRule.of(industry(6, 5.1))).isEqualTo(AlertSeverity.HIGH);
  }

  @Test
  void shouldRateABindingTargetOneStepAboveAnExpectedOne() {
    var binding = AlertFixtures.withAttribute(INDUSTRY_2022, Attribute.BINDING, false);
    var expected = AlertFixtures.withAttribute(INDUSTRY_2022, Attribute.EXPECTED, false);

    assertThat(SeverityRule.of(at(binding, 11.0))).isEqualTo(AlertSeverity.MEDIUM);
    assertThat(SeverityRule.of(at(expected, 11.0))).isEqualTo(AlertSeverity.LOW);
    assertThat(SeverityRule.of(at(binding, 5.1))).isEqualTo(AlertSeverity.CRITICAL);
    assertThat(SeverityRule.of(at(expected, 5.1))).isEqualTo(AlertSeverity.HIGH);
    // a binding target only 0.2 pp short is BEHIND (no slack), so MEDIUM
    assertThat(SeverityRule.of(at(binding, 11.8))).isEqualTo(AlertSeverity.MEDIUM);
  }

  @Test
  void shouldRateASoftTargetOneStepLower() {
    var soft = AlertFixtures.withAttribute(INDUSTRY_2022, Attribute.NOT_STATED, true);

    assertThat(SeverityRule.of(at(soft, 5.1))).isEqualTo(AlertSeverity.MEDIUM);
    assertThat(SeverityRule.of(at(soft, 11.0))).isEqualTo(AlertSeverity.LOW);
  }

  @Test
  void shouldRateNoBreachAsLow() {
    assertThat(SeverityRule.of(industry(6, 13))).isEqualTo(AlertSeverity.LOW);
  }

  private static Evaluation at(io.planwatch.domain.model.PlanTarget target, double growth) {
    return AlertFixtures.evaluate(target, INDUSTRY, SHENYANG, 6, Measure.YTD_GROWTH, growth);
  }
}

package io.planwatch.streams.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.http.BadRequestResponse;
import io.planwatch.avro.AlertSeverity;
import io.planwatch.avro.AlertTransition;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class QueryParamsTest {

  @Test
  void shouldReadAYearInRange() {
    assertThat(QueryParams.year("year", "2022")).isEqualTo(2022);
    assertThat(QueryParams.optionalYear("year", null)).isEmpty();
  }

  @Test
  void shouldNameTheParameterAndTheRangeWhenTheYearIsMissing() {
    assertThatThrownBy(() -> QueryParams.year("year", null))
        .isInstanceOf(BadRequestResponse.class)
        .hasMessage("parameter 'year': is required: a year 1949..2100");
  }

  @Test
  void shouldRejectAYearThatIsNotANumberOrOutOfRange() {
    assertThatThrownBy(() -> QueryParams.year("year", "twenty"))
        .hasMessage("parameter 'year': 'twenty' is not a year 1949..2100");
    assertThatThrownBy(() -> QueryParams.year("year", "1800"))
        .hasMessage("parameter 'year': '1800' is not a year 1949..2100");
  }

  @Test
  void shouldReadCommaSeparatedEnumsIgnoringCase() {
    assertThat(QueryParams.enums("severity", "high, critical", AlertSeverity.class))
        .containsExactlyInAnyOrder(AlertSeverity.HIGH, AlertSeverity.CRITICAL);
  }

  @Test
  void shouldAcceptEveryConstantWhenTheEnumFilterIsAbsent() {
    assertThat(QueryParams.enums("transition", null, AlertTransition.class))
        .isEqualTo(EnumSet.allOf(AlertTransition.class));
  }

  @Test
  void shouldListTheAllowedValuesOfABadEnum() {
    assertThatThrownBy(() -> QueryParams.enums("severity", "HIGH,URGENT", AlertSeverity.class))
        .isInstanceOf(BadRequestResponse.class)
        .hasMessage("parameter 'severity': 'URGENT' is not one of LOW, MEDIUM, HIGH, CRITICAL");
  }

  @Test
  void shouldListTheAllowedWordsOfABadState() {
    assertThat(QueryParams.word("state", null, AlertRoutes.State.class, AlertRoutes.State.OPEN))
        .isEqualTo(AlertRoutes.State.OPEN);
    assertThat(QueryParams.word("state", "Closed", AlertRoutes.State.class, null))
        .isEqualTo(AlertRoutes.State.CLOSED);
    assertThatThrownBy(
            () ->
                QueryParams.word("state", "shut", AlertRoutes.State.class, AlertRoutes.State.OPEN))
        .hasMessage("parameter 'state': 'shut' is not one of open, closed, all");
  }

  @Test
  void shouldRejectACodeContainingTheKeySeparator() {
    assertThatThrownBy(() -> QueryParams.optionalCode("region", "210112|2022"))
        .hasMessage(
            "parameter 'region': '210112|2022' is not a code: it must be non-blank, without '|'");
    assertThatThrownBy(() -> QueryParams.code("parent", null))
        .hasMessage("parameter 'parent': is required");
    assertThat(QueryParams.optionalCode("region", " 210112 ")).contains("210112");
  }

  @Test
  void shouldBoundTheLimit() {
    assertThat(QueryParams.limit(null)).isEqualTo(QueryParams.DEFAULT_LIMIT);
    assertThat(QueryParams.limit("5")).isEqualTo(5);
    assertThatThrownBy(() -> QueryParams.limit("0"))
        .hasMessage("parameter 'limit': '0' is not a number of items 1..10000");
  }

  @Test
  void shouldReadTheLocalFlag() {
    assertThat(QueryParams.flag("local", null)).isFalse();
    assertThat(QueryParams.flag("local", "true")).isTrue();
    assertThat(QueryParams.flag("local", "")).isTrue();
    assertThatThrownBy(() -> QueryParams.flag("local", "yes"))
        .hasMessage("parameter 'local': 'yes' is not one of true, false");
  }

  @Test
  void shouldKeyAPaceAlertByYearAndAMilestoneAlertByMilestoneType() {
    assertThat(AlertRoutes.key("hn-gdp", "2022")).isEqualTo("hn-gdp|2022");
    assertThat(AlertRoutes.key("HN-001", "start")).isEqualTo("HN-001|START");
    assertThatThrownBy(() -> AlertRoutes.key("hn-gdp", "soon"))
        .isInstanceOf(BadRequestResponse.class)
        .hasMessageStartingWith("parameter 'year': 'soon' is neither a year 1949..2100 nor a")
        .hasMessageContaining("START");
    assertThatThrownBy(() -> AlertRoutes.key("hn-gdp", "3000"))
        .hasMessage("parameter 'year': '3000' is not a year 1949..2100");
  }
}

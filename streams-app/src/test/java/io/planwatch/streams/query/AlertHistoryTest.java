package io.planwatch.streams.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planwatch.avro.AlertSeverity;
import io.planwatch.avro.AlertTransition;
import io.planwatch.avro.PaceAlert;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AlertHistoryTest {

  private static PaceAlert event(final AlertTransition transition, final int day) {
    return QueryFixtures.alert(
        "hn-gdp",
        "210112",
        transition,
        AlertSeverity.HIGH,
        Instant.parse("2022-07-01T00:00:00Z").plusSeconds(86_400L * day));
  }

  @Test
  void shouldKeepEveryTransitionOfAnAlertOldestFirst() {
    final AlertHistory history = new AlertHistory(8);
    history.readyWhen(() -> true);
    history.apply("hn-gdp|2022", event(AlertTransition.OPENED, 0));
    history.apply("hn-gdp|2022", event(AlertTransition.ESCALATED, 1));
    history.apply("other|2022", event(AlertTransition.OPENED, 1));
    history.apply("hn-gdp|2022", event(AlertTransition.RESOLVED, 2));

    final AlertHistory.Snapshot snapshot = history.of("hn-gdp|2022").orElseThrow();
    assertThat(snapshot.events())
        .extracting(PaceAlert::getTransition)
        .containsExactly(
            AlertTransition.OPENED, AlertTransition.ESCALATED, AlertTransition.RESOLVED);
    assertThat(snapshot.truncated()).isFalse();
    assertThat(history.of("unknown|2022")).isEmpty();
  }

  @Test
  void shouldDropTheOldestTransitionsBeyondTheBoundAndSaySo() {
    final AlertHistory history = new AlertHistory(2);
    history.readyWhen(() -> true);
    history.apply("k", event(AlertTransition.OPENED, 0));
    history.apply("k", event(AlertTransition.ESCALATED, 1));
    history.apply("k", event(AlertTransition.DOWNGRADED, 2));

    final AlertHistory.Snapshot snapshot = history.of("k").orElseThrow();
    assertThat(snapshot.events())
        .extracting(PaceAlert::getTransition)
        .containsExactly(AlertTransition.ESCALATED, AlertTransition.DOWNGRADED);
    assertThat(snapshot.truncated()).isTrue();
  }

  @Test
  void shouldRefuseToAnswerUntilTheTopicHasBeenRead() {
    final AlertHistory history = new AlertHistory(2);
    history.apply("k", event(AlertTransition.OPENED, 0));

    assertThatThrownBy(() -> history.of("k"))
        .isInstanceOf(NotQueryableException.class)
        .hasMessageContaining("still being read");
  }

  @Test
  void shouldForgetATargetOnItsTombstone() {
    final TargetCatalogue catalogue = new TargetCatalogue();
    catalogue.readyWhen(() -> true);
    catalogue.apply("hn-gdp", QueryFixtures.target("hn-gdp", "210112", 3));
    catalogue.apply("hn-gdp", null);

    assertThat(catalogue.find("hn-gdp")).isEmpty();
    assertThat(catalogue.all()).isEmpty();
  }
}

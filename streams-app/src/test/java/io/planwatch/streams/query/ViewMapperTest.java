package io.planwatch.streams.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.planwatch.avro.AlertSeverity;
import io.planwatch.avro.AlertTransition;
import io.planwatch.avro.PaceStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ViewMapperTest {

  private final ObjectMapper json = new ObjectMapper();
  private final ViewMapper views =
      new ViewMapper(
          new Labels() {
            private final Map<String, Label> regions =
                Map.of("210112", new Label("210112", "浑南区", "Hunnan District"));

            @Override
            public Label region(final String code) {
              return regions.getOrDefault(code, Label.unnamed(code));
            }

            @Override
            public Label indicator(final String code) {
              return new Label(code, "地区生产总值", "Gross regional product");
            }
          });

  @Test
  void shouldWriteProgressAsCleanJsonWithTheTargetsSource() throws Exception {
    final JsonNode node =
        json.valueToTree(
            views.progress(
                QueryFixtures.progress("hn-gdp", "210112", PaceStatus.BEHIND, 340.0),
                QueryFixtures.target("hn-gdp", "210112", 42)));

    assertThat(node.get("status").asText()).isEqualTo("BEHIND");
    assertThat(node.get("region").get("nameZh").asText()).isEqualTo("浑南区");
    assertThat(node.get("indicator").get("nameEn").asText()).isEqualTo("Gross regional product");
    assertThat(node.get("source").get("document").asText()).isEqualTo("000_b20c9fafa9e76511.txt");
    assertThat(node.get("source").get("line").asInt()).isEqualTo(42);
    assertThat(node.get("target").get("kind").asText()).isEqualTo("END_OF_PERIOD_LEVEL");
    assertThat(node.get("period").get("code").asText()).isEqualTo("2022-06");
    assertThat(node.get("period").get("labelZh").asText()).isEqualTo("1-6月");
    assertThat(node.get("deviationKind").asText()).isEqualTo("RATIO");
    assertThat(node.get("outlook").get("yearEndProjection").asDouble()).isEqualTo(680.0);
    assertThat(node.get("outlook").get("paceNeededRestOfYear").isNull()).isTrue();
    assertThat(node.get("evaluatedAt").asText()).isEqualTo("2022-07-15T10:00:00+08:00");
    assertThat(node.get("observationPublishedAt").asText()).isEqualTo("2022-07-14T09:00:00+08:00");
  }

  @Test
  void shouldLeaveSourceAndTargetNullWhenTheTargetIsNotInTheCatalogue() {
    final ProgressView view =
        views.progress(QueryFixtures.progress("gone", "999999", PaceStatus.AHEAD, 400.0), null);

    assertThat(view.source()).isNull();
    assertThat(view.target()).isNull();
    assertThat(view.region()).isEqualTo(Label.unnamed("999999"));
  }

  @Test
  void shouldMarkAnAlertOpenUntilItIsResolvedOrRetracted() {
    final Instant at = QueryFixtures.EVALUATED;
    for (final AlertTransition t : AlertTransition.values()) {
      final AlertView view =
          views.alert(QueryFixtures.alert("hn-gdp", "210112", t, AlertSeverity.HIGH, at));
      assertThat(view.open())
          .as(t.name())
          .isEqualTo(t != AlertTransition.RESOLVED && t != AlertTransition.RETRACTED);
      assertThat(view.transition()).isEqualTo(t.name());
    }
  }

  @Test
  void shouldLabelPeriodsTheWayChineseStatisticsDo() {
    assertThat(ApiFormats.period(2022, 1))
        .isEqualTo(new PeriodView("2022-01", 2022, 1, "1月", "Jan"));
    assertThat(ApiFormats.period(2022, 12))
        .isEqualTo(new PeriodView("2022-12", 2022, 12, "1-12月", "Jan–Dec"));
  }

  @Test
  void shouldWriteInstantsInShanghaiTimeAcrossTheDateLine() {
    assertThat(ApiFormats.instant(Instant.parse("2022-12-31T16:30:00Z")))
        .isEqualTo("2023-01-01T00:30:00+08:00");
    assertThat(ApiFormats.instant(null)).isNull();
  }

  @Test
  void shouldMergeListsSortedAndCountTheWholeBeforeTheLimit() {
    final ItemList<String> merged =
        ItemList.merge(
            List.of(ItemList.of(List.of("c", "a")), ItemList.of(List.of("b", "d"))),
            String::compareTo,
            3);

    assertThat(merged.items()).containsExactly("a", "b", "c");
    assertThat(merged.count()).isEqualTo(3);
    assertThat(merged.total()).isEqualTo(4);
  }

  @Test
  void shouldSortAlertsMostSevereThenMostRecentFirst() {
    final AlertView lowRecent = alert("a", AlertSeverity.LOW, "2022-08-01T00:00:00Z");
    final AlertView criticalOld = alert("b", AlertSeverity.CRITICAL, "2022-02-01T00:00:00Z");
    final AlertView criticalNew = alert("c", AlertSeverity.CRITICAL, "2022-05-01T00:00:00Z");

    assertThat(List.of(lowRecent, criticalOld, criticalNew).stream().sorted(AlertRoutes.ORDER))
        .extracting(AlertView::targetId)
        .containsExactly("c", "b", "a");
  }

  @Test
  void shouldReadBackWhatItWritesSoInstancesCanMergeEachOthersLists() throws Exception {
    final ItemList<ProgressView> list =
        ItemList.of(
            List.of(
                views.progress(
                    QueryFixtures.progress("hn-gdp", "210112", PaceStatus.ON_TRACK, 352.0),
                    QueryFixtures.target("hn-gdp", "210112", 7))));
    final ObjectMapper reader = QueryApi.context(null, java.util.Optional.empty(), null).json();

    final ItemList<ProgressView> back =
        reader.readValue(
            json.writeValueAsString(list),
            reader.getTypeFactory().constructParametricType(ItemList.class, ProgressView.class));

    assertThat(back).isEqualTo(list);
  }

  private AlertView alert(final String targetId, final AlertSeverity severity, final String at) {
    return views.alert(
        QueryFixtures.alert(
            targetId, "210112", AlertTransition.OPENED, severity, Instant.parse(at)));
  }
}

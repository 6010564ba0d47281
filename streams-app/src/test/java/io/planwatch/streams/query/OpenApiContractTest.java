package io.planwatch.streams.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI file the dashboard is built against says exactly what the API writes: every response
 * schema has the fields of its view record, no more and no fewer, and every route is described.
 */
class OpenApiContractTest {

  private static JsonNode spec;

  @BeforeAll
  static void readSpec() throws Exception {
    try (InputStream in = QueryApi.class.getResourceAsStream(QueryApi.OPENAPI)) {
      spec = new ObjectMapper(new YAMLFactory()).readTree(in);
    }
  }

  @Test
  void shouldDescribeEveryViewWithExactlyItsFields() {
    final Map<String, Class<? extends Record>> views = new LinkedHashMap<>();
    views.put("Progress", ProgressView.class);
    views.put("TargetSummary", ProgressView.TargetSummary.class);
    views.put("Outlook", ProgressView.Outlook.class);
    views.put("ProgressList", ItemList.class);
    views.put("Alert", AlertView.class);
    views.put("AlertHistory", AlertView.History.class);
    views.put("Scorecard", ScorecardView.class);
    views.put("IndicatorRank", ScorecardView.IndicatorRank.class);
    views.put("Ranking", RankingView.class);
    views.put("Project", ProjectView.class);
    views.put("RegionProjects", RegionProjectsView.class);
    views.put("ProjectTotals", RegionProjectsView.Totals.class);
    views.put("Region", RegionView.class);
    views.put("Indicator", IndicatorView.class);
    views.put("Target", TargetView.class);
    views.put("TargetList", ItemList.class);
    views.put("Period", PeriodView.class);
    views.put("Source", SourceView.class);
    views.put("RegionLabel", Label.class);
    views.put("IndicatorLabel", Label.class);

    views.forEach(
        (schema, type) ->
            assertThat(properties(spec.at("/components/schemas/" + schema)))
                .as("schema %s vs %s", schema, type.getSimpleName())
                .isEqualTo(components(type)));
  }

  @Test
  void shouldDescribeEveryRouteTheApiServes() {
    final Set<String> paths = new TreeSet<>();
    spec.get("paths").fieldNames().forEachRemaining(paths::add);

    assertThat(paths)
        .containsExactlyInAnyOrder(
            "/progress",
            "/progress/{targetId}/{year}",
            "/alerts",
            "/alerts/{targetId}/{year}",
            "/alerts/{targetId}/{year}/history",
            "/scorecards",
            "/scorecards/{region}/{year}",
            "/rankings",
            "/projects",
            "/projects/{projectId}",
            "/regions",
            "/regions/{region}",
            "/indicators",
            "/indicators/{indicator}",
            "/targets",
            "/targets/{targetId}",
            "/openapi.yaml");
  }

  private static Set<String> properties(final JsonNode schema) {
    final Set<String> names = new TreeSet<>();
    schema.get("properties").fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static Set<String> components(final Class<? extends Record> type) {
    return new TreeSet<>(
        Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList());
  }
}

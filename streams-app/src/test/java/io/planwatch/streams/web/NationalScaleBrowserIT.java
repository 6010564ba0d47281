package io.planwatch.streams.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.Context;
import io.planwatch.streams.api.HealthRoutes;
import io.planwatch.streams.api.HealthSnapshot;
import io.planwatch.streams.api.HttpRoutes;
import io.planwatch.streams.api.HttpServer;
import io.planwatch.streams.config.HttpConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The overview at national scale: 2,800 regions × 20 indicators (56,000 progress records, more than
 * one list request returns) from a stubbed query API. The page must show one page of rows and page
 * on, not draw every cell. Skipped without Chromium.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class NationalScaleBrowserIT {

  private static final int REGIONS = 2_800;
  private static final int INDICATORS = 20;
  private static final int LIST_LIMIT = 10_000;
  private static final String[] STATUSES = {"AHEAD", "ON_TRACK", "BEHIND", "CRITICAL"};

  @TempDir Path profile;

  private final AlertStream stream = new AlertStream(1);
  private HttpServer server;
  private BrowserSession browser;

  @BeforeEach
  void start() {
    BrowserSession.assumeInstalled();
    server =
        new HttpServer(
                new HttpConfig(0, List.of()),
                List.of(
                    Dashboard.routes(stream),
                    // The dashboard polls health for its backlog banner: a running, caught-up app.
                    new HealthRoutes(
                        () ->
                            new HealthSnapshot("RUNNING", true, true, List.of(), Optional.empty())),
                    stubApi()))
            .start();
    browser = BrowserSession.open(profile);
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      try {
        assertThat(browser.errors()).as("errors in the browser console").isEmpty();
      } finally {
        browser.close();
      }
    }
    stream.close();
    if (server != null) {
      server.close();
    }
  }

  @Test
  void shouldPageThousandsOfRegionsInsteadOfDrawingEveryCell() {
    final long start = System.nanoTime();
    browser.get("http://localhost:" + server.port() + "/#/overview?year=2022");
    browser.await(By.cssSelector("#grid tbody tr"));
    final long firstPage = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    assertThat(browser.all(By.cssSelector("#grid tbody tr"))).hasSize(50);
    assertThat(browser.all(By.cssSelector("#grid td.cell"))).hasSize(50 * INDICATORS);
    assertThat(browser.driver().findElement(By.cssSelector(".summary")).getText())
        .contains(String.valueOf(REGIONS));

    final long next = System.nanoTime();
    browser.driver().findElement(By.id("next")).click();
    browser.until(d -> d.findElement(By.cssSelector(".pager span")).getText().contains("2 /"));
    browser.await(By.cssSelector("#grid tbody tr[data-region='R000050']"));
    final long secondPage = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - next);
    System.out.printf(
        "National scale (%d regions): first page in %d ms, next page in %d ms%n",
        REGIONS, firstPage, secondPage);
    browser.screenshot("overview-national-scale");
  }

  /** Just enough of /api/v1 for the overview, with synthetic regions and figures. */
  private static HttpRoutes stubApi() {
    return routes -> {
      routes.get("/api/v1/regions", ctx -> ctx.json(list(regions())));
      routes.get(
          "/api/v1/indicators",
          ctx ->
              ctx.json(
                  list(
                      IntStream.range(0, INDICATORS)
                          .mapToObj(
                              i ->
                                  Map.of(
                                      "code", indicator(i),
                                      "nameZh", "指标" + i,
                                      "nameEn", "Indicator " + i))
                          .toList())));
      routes.get("/api/v1/progress", NationalScaleBrowserIT::progress);
    };
  }

  /** Like the real list: sorted, at most {@code limit} items, {@code total} counts all. */
  private static void progress(final Context ctx) {
    final int limit =
        Optional.ofNullable(ctx.queryParam("limit")).map(Integer::parseInt).orElse(1000);
    final Optional<String> region = Optional.ofNullable(ctx.queryParam("region"));
    final int total = region.isPresent() ? INDICATORS : REGIONS * INDICATORS;
    final Stream<String> codes =
        region
            .map(Stream::of)
            .orElseGet(() -> IntStream.range(0, REGIONS).mapToObj(NationalScaleBrowserIT::region));
    final List<Map<String, Object>> items =
        codes
            .flatMap(r -> IntStream.range(0, INDICATORS).mapToObj(i -> record(r, i)))
            .limit(Math.min(limit, LIST_LIMIT))
            .toList();
    ctx.json(Map.of("items", items, "count", items.size(), "total", total));
  }

  private static Map<String, Object> record(final String region, final int indicator) {
    return Map.of(
        "targetId",
        region + "-" + indicator(indicator),
        "year",
        2022,
        "region",
        Map.of("code", region),
        "indicator",
        Map.of("code", indicator(indicator)),
        "status",
        STATUSES[(region.hashCode() + indicator) % STATUSES.length],
        "period",
        Map.of("code", "2022-06", "labelZh", "1-6月", "labelEn", "Jan–Jun"),
        "actual",
        5.1,
        "expected",
        6.0,
        "unit",
        "%");
  }

  private static List<Map<String, Object>> regions() {
    return IntStream.range(0, REGIONS)
        .mapToObj(
            i ->
                Map.<String, Object>of(
                    "code",
                    region(i),
                    "nameZh",
                    "县" + i,
                    "nameEn",
                    "County " + i,
                    "kind",
                    "COUNTY",
                    "parentCode",
                    "P" + (i / 20),
                    "children",
                    List.of()))
        .toList();
  }

  private static Map<String, Object> list(final List<?> items) {
    return Map.of("items", items, "count", items.size());
  }

  private static String region(final int i) {
    return String.format("R%06d", i);
  }

  private static String indicator(final int i) {
    return String.format("i%02d", i);
  }
}

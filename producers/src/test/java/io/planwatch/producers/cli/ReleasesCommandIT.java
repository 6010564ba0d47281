package io.planwatch.producers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.planwatch.avro.StatisticalObservation;
import io.planwatch.domain.catalogue.Catalogue;
import io.planwatch.domain.catalogue.CatalogueLoader;
import io.planwatch.domain.model.Observation;
import io.planwatch.embedded.EmbeddedKafkaBroker;
import io.planwatch.embedded.test.KafkaBrokerExtension;
import io.planwatch.producers.convert.ObservationMapper;
import io.planwatch.producers.ingest.CatalogueReferenceData;
import io.planwatch.producers.ingest.IngestOptions;
import io.planwatch.producers.ingest.IngestService;
import io.planwatch.producers.ingest.RejectReport;
import io.planwatch.producers.testing.ClosedPort;
import io.planwatch.producers.testing.ReleaseFiles;
import io.planwatch.producers.testing.TestFiles;
import io.planwatch.producers.testing.TopicContents;
import io.planwatch.registry.server.SchemaRegistryServer;
import io.planwatch.registry.test.RegistryServerExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith({KafkaBrokerExtension.class, RegistryServerExtension.class})
class ReleasesCommandIT {
  private final EmbeddedKafkaBroker broker;
  private final SchemaRegistryServer registry;
  private CliEnvironment env;
  @TempDir Path dir;

  ReleasesCommandIT(EmbeddedKafkaBroker broker, SchemaRegistryServer registry) {
    this.broker = broker;
    this.registry = registry;
  }

  private Path catalogue;

  @BeforeEach
  void freshTopics() {
    env = CliEnvironment.fresh(broker, registry);
    catalogue = TestFiles.fixtureCatalogue(dir.resolve("catalogue"));
  }

  /** Runs {@code releases} with the fixtures' catalogue. */
  private CliRun releases(Map<String, String> variables, String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "releases";
    all[1] = "--catalogue";
    all[2] = catalogue.toString();
    System.arraycopy(args, 0, all, 3, args.length);
    return CliRun.run(variables, all);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "shenyang-2022-06-gbk.csv",
        "hunnan-2022-06-en.csv",
        "hunnan-2022-06.xlsx",
        "stats-2022-06.sdmx.csv",
        "stats-2022-06.sdmx.json"
      })
  void shouldPublishExactlyTheRecordsOfEachFormat(String fixture) throws IOException {
    Path file = TestFiles.fixture(fixture, dir);
    Map<String, StatisticalObservation> expected = expectedRecords(file);

    CliRun run = releases(env.variables(), file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(expected).isNotEmpty();
    assertThat(asMap(seen())).isEqualTo(expected);
    assertThat(seen()).hasSize(expected.size());
    assertThat(run.out()).contains(fixture + ": read ", "published " + expected.size());
  }

  @Test
  void shouldCarryTheGbkFilesChineseRowsIntoTheirCanonicalForm() {
    Path file = TestFiles.fixture("shenyang-2022-06-gbk.csv", dir);

    releases(env.variables(), file.toString());

    StatisticalObservation gdp = asMap(seen()).get("gdp|210100|2022-06|YTD_LEVEL");
    assertThat(gdp).isNotNull();
    assertThat(gdp.getValue()).isEqualTo(3446.7);
    assertThat(gdp.getUnit()).isEqualTo("亿元");
    assertThat(gdp.getSource()).isEqualTo("file:shenyang-2022-06-gbk.csv");
  }

  @Test
  void shouldRejectTheWholeFileWithTheExactReportAndPublishNothing() throws IOException {
    Path file = TestFiles.fixture("bad-rows.csv", dir);

    CliRun run = releases(env.variables(), file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.errLines()).containsExactlyElementsOf(report(file)).hasSize(7);
    assertThat(run.errLines())
        .contains(
            "bad-rows.csv: 6 of 7 rows rejected, 6 errors; nothing published / 整个文件未发布 (6行被拒绝)",
            "bad-rows.csv:4: 数值=\"12.3.4\": unparsable number / 无法解析的数值",
            "bad-rows.csv:6: 时期=\"2022年1-8月\": period in the future / 时期晚于当前: now is 2022-07");
    assertThat(seen()).isEmpty();
    assertThat(Files.exists(dir.resolve("bad-rows.csv.rejected.csv"))).isFalse();
  }

  @Test
  void shouldPublishTheValidRowsAndWriteTheRejectedOnesWhenSkippingInvalidRows() {
    Path file = TestFiles.fixture("bad-rows.csv", dir);

    CliRun run = releases(env.variables(), "--skip-invalid", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(seen())
        .extracting(ConsumerRecord::key)
        .containsExactly("gdp|210112|2022-06|YTD_LEVEL");
    assertThat(dir.resolve("bad-rows.csv.rejected.csv")).exists();
    assertThat(run.out()).contains("published 1, rejected 6");
  }

  @Test
  void shouldReportEveryBadValueWhenOneOverflowsInsteadOfStopping() throws IOException {
    Path file = dir.resolve("overflow.csv");
    Files.writeString(
        file,
        String.join(
            "\n",
            "指标,地区,时期,口径,数值,单位",
            "地区生产总值,浑南区,2022年1-6月,累计值,1e309,亿元",
            "地区生产总值,和平区,2022年1-6月,累计值,\"１，２３４．５\",亿元",
            "城镇调查失业率,浑南区,2022年6月,比率,NaN,%",
            "城镇调查失业率,和平区,2022年6月,比率,Infinity,%",
            "地区生产总值,沈阳市,2022年1-8月,累计值,3446.7,亿元",
            "城镇调查失业率,沈阳市,2022年6月,比率,5.2%,",
            "地区生产总值,沈阳市,2022年1-6月,累计值,-1E+400,亿元",
            ""),
        StandardCharsets.UTF_8);

    CliRun run = releases(env.variables(), file.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.errLines())
        .containsExactly(
            "overflow.csv: 5 of 7 rows rejected, 5 errors; nothing published / 整个文件未发布 (5行被拒绝)",
            "overflow.csv:2: 数值=\"1e309\": number out of range / 数值超出范围: beyond ±1.8E308 / 超过±1.8E308",
            "overflow.csv:4: 数值=\"NaN\": not a finite number / 不是有限数值",
            "overflow.csv:5: 数值=\"Infinity\": not a finite number / 不是有限数值",
            "overflow.csv:6: 时期=\"2022年1-8月\": period in the future / 时期晚于当前: now is 2022-07",
            "overflow.csv:8: 数值=\"-1E+400\": number out of range / 数值超出范围: beyond ±1.8E308 / 超过±1.8E308");
    assertThat(seen()).isEmpty();

    CliRun skipping = releases(env.variables(), "--skip-invalid", file.toString());

    assertThat(skipping.exitCode()).as(skipping.err()).isZero();
    Map<String, StatisticalObservation> published = asMap(seen());
    assertThat(published.keySet())
        .containsExactlyInAnyOrder(
            "gdp|210102|2022-06|YTD_LEVEL", "urban_unemployment_rate|210100|2022-06|RATE");
    assertThat(published.get("gdp|210102|2022-06|YTD_LEVEL").getValue()).isEqualTo(1234.5);
    assertThat(published.get("urban_unemployment_rate|210100|2022-06|RATE").getValue())
        .isEqualTo(5.2);
  }

  /**
   * Random cells in every format through the real command: it ends with a report of every bad row
   * (exactly the one the reader gives) or publishes the file, and never stops with an error.
   */
  @ParameterizedTest
  @ValueSource(strings = {"csv", "gbk.csv", "xlsx", "sdmx.csv", "json"})
  void shouldReportOrPublishAFileOfRandomCellsWhateverItsFormat(String kind) throws IOException {
    List<ReleaseFiles.Row> rows =
        (kind.equals("xlsx") ? ReleaseFiles.workbookRows() : ReleaseFiles.rows())
            .list()
            .ofSize(300)
            .sample();
    ReleaseFiles.Written written =
        switch (kind) {
          case "csv" -> ReleaseFiles.csv(rows, false);
          case "gbk.csv" -> ReleaseFiles.csv(rows, true);
          case "xlsx" -> ReleaseFiles.xlsx(rows);
          case "sdmx.csv" -> ReleaseFiles.sdmxCsv(rows);
          default -> ReleaseFiles.sdmxJson(rows);
        };
    Path file = Files.write(dir.resolve("random." + kind), written.bytes());
    List<String> expected = report(file);

    CliRun run = releases(env.variables(), file.toString());

    assertThat(run.errLines()).as(run.err()).noneMatch(line -> line.startsWith("error"));
    if (expected.size() > 1) {
      assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.INVALID);
      assertThat(run.errLines()).containsExactlyElementsOf(expected);
      assertThat(seen()).isEmpty();
    } else {
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(seen())
          .hasSize(ingest().parse(file, IngestOptions.defaults(CliRun.CLOCK)).publishable().size());
    }
  }

  @Test
  void shouldPublishWithATimeoutShorterThanKafkasRequestTimeout() {
    Path file = TestFiles.fixture("shenyang-2022-06-gbk.csv", dir);

    // The admin client refuses an API timeout below its 30 s request timeout unless both move.
    CliRun run = releases(env.variables(), "--timeout", "5", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(seen()).isNotEmpty();
  }

  @Test
  void shouldPublishEachRecordOnceWhenTheSameFileIsPublishedTwice() {
    Path file = TestFiles.fixture("shenyang-2022-06-gbk.csv", dir);

    CliRun first = releases(env.variables(), file.toString());
    CliRun second = releases(env.variables(), file.toString());

    assertThat(first.exitCode()).isZero();
    assertThat(second.exitCode()).isZero();
    assertThat(second.out()).contains("already published, nothing sent");
    List<ConsumerRecord<String, StatisticalObservation>> seen = seen();
    assertThat(seen).extracting(ConsumerRecord::key).doesNotHaveDuplicates();
    assertThat(seen).hasSize(asMap(seen).size()).isNotEmpty();
  }

  @Test
  void shouldSayInOneLineWhichBrokerAddressFailedAndExitWithTwo() {
    String address = "localhost:" + ClosedPort.find();

    String line = theOnlyErrorLineWith(Settings.ENV_BOOTSTRAP_SERVERS, address);

    assertThat(line)
        .startsWith("error: cannot reach the Kafka broker at " + address)
        .contains("--bootstrap-servers")
        .doesNotContain("Exception");
  }

  @Test
  void shouldSayInOneLineWhichRegistryAddressFailedAndExitWithTwo() {
    String url = "http://localhost:" + ClosedPort.find();

    String line = theOnlyErrorLineWith(Settings.ENV_SCHEMA_REGISTRY_URL, url);

    assertThat(line)
        .startsWith("error: cannot reach the schema registry at " + url)
        .contains("--schema-registry-url");
  }

  /** Publishes a fixture with one address replaced; expects exit code 2 and one line. */
  private String theOnlyErrorLineWith(String variable, String address) {
    Path file = TestFiles.fixture("shenyang-2022-06-gbk.csv", dir);
    Map<String, String> variables = new HashMap<>(env.variables());
    variables.put(variable, address);

    CliRun run = releases(variables, "--timeout", "2", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREACHABLE);
    assertThat(run.errLines()).hasSize(1);
    return run.errLines().get(0);
  }

  @Test
  void shouldPrintAndExportTheMetrics() throws IOException {
    Path file = TestFiles.fixture("stats-2022-06.sdmx.csv", dir);
    Path scrape = dir.resolve("metrics.prom");

    CliRun run =
        releases(
            env.variables(), "--metrics", "--prometheus-file", scrape.toString(), file.toString());

    int records = seen().size();
    assertThat(run.out()).contains("planwatch.producer.records.sent " + records);
    assertThat(Files.readString(scrape, StandardCharsets.UTF_8))
        .contains("planwatch_producer_records_sent_total " + records + ".0")
        .contains("planwatch_producer_send_latency_seconds_count");
  }

  @Test
  void shouldKeepTheSimulatedMarkerFromSimulateThroughItsFileToTheTopic() throws IOException {
    Path out = dir.resolve("simulated");
    CliRun simulate = CliRun.simulate2021(out, "--seed", "9");
    assertThat(simulate.exitCode()).as(simulate.err()).isZero();

    CliRun run =
        CliRun.run(env.variables(), "releases", out.resolve("2021-06-releases.csv").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<ConsumerRecord<String, StatisticalObservation>> seen = seen();
    assertThat(seen).isNotEmpty();
    assertThat(seen).extracting(r -> r.value().getSource()).containsOnly("simulated:seed=9");
  }

  @Test
  void shouldMarkRecordsOfABureauFileWithoutASourceColumnWithTheFile() throws IOException {
    Path file = TestFiles.fixture("shenyang-2022-06-gbk.csv", dir);

    CliRun run = releases(env.variables(), file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(seen())
        .extracting(r -> r.value().getSource())
        .containsOnly("file:shenyang-2022-06-gbk.csv");
  }

  /** The report of the file read on its own: its summary, then one line per bad row. */
  private List<String> report(Path file) throws IOException {
    StringBuilder text = new StringBuilder();
    RejectReport.print(ingest().parse(file, IngestOptions.defaults(CliRun.CLOCK)), text);
    return text.toString().lines().toList();
  }

  private IngestService ingest() {
    Catalogue loaded = CatalogueLoader.load(catalogue);
    return new IngestService(new CatalogueReferenceData(loaded));
  }

  private Map<String, StatisticalObservation> expectedRecords(Path file) throws IOException {
    List<Observation> observations =
        ingest().parse(file, IngestOptions.defaults(CliRun.CLOCK)).publishable();
    Map<String, StatisticalObservation> expected = new LinkedHashMap<>();
    observations.forEach(o -> expected.put(o.key(), ObservationMapper.toAvro(o)));
    return expected;
  }

  private List<ConsumerRecord<String, StatisticalObservation>> seen() {
    return TopicContents.committed(
        broker.bootstrapServers(),
        registry.url(),
        env.topics().observations().name(),
        StatisticalObservation.class);
  }

  private static Map<String, StatisticalObservation> asMap(
      List<ConsumerRecord<String, StatisticalObservation>> records) {
    Map<String, StatisticalObservation> map = new LinkedHashMap<>();
    records.forEach(r -> map.put(r.key(), r.value()));
    return map;
  }
}

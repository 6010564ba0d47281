package io.planwatch.producers.ingest;

import static io.planwatch.producers.ingest.ReferenceFixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.planwatch.domain.model.Frequency;
import io.planwatch.domain.model.Observation;
import io.planwatch.domain.model.ObservationStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SdmxIngestTest {
  @TempDir Path dir;

  private final IngestService service = new IngestService(ReferenceFixtures.reference());

  @Test
  void shouldReadSdmxCsvWithLabelsUnitMultipliersAndObsStatus() throws IOException {
    ParsedFile<Observation> parsed =
        service.parse(Fixtures.copy("stats-2022-06.sdmx.csv", dir), IngestOptions.defaults(CLOCK));

    assertThat(parsed.format()).isEqualTo(FileFormat.SDMX_CSV);
    assertThat(parsed.errors()).isEmpty();
    assertThat(parsed.records())
        .extracting(Observation::key, Observation::value, Observation::status)
        .containsExactly(
            tuple("gdp|210112|2022-06|YTD_LEVEL", 345.6, ObservationStatus.PROVISIONAL),
            tuple(
                "industrial_value_added|210112|2022-06|YTD_GROWTH",
                8.2,
                ObservationStatus.PROVISIONAL),
            tuple("retail_sales|210102|2022-06|YTD_LEVEL", 123.4567, ObservationStatus.FINAL),
            tuple("urban_unemployment_rate|210100|2022-05|RATE", 5.8, ObservationStatus.REVISED));
  }

  @Test
  void shouldReadSdmxJsonSeriesWithPositionalKeysAndAttributeIndices() throws IOException {
    ParsedFile<Observation> parsed =
        service.parse(Fixtures.copy("stats-2022-06.sdmx.json", dir), IngestOptions.defaults(CLOCK));

    assertThat(parsed.format()).isEqualTo(FileFormat.SDMX_JSON);
    assertThat(parsed.errors()).isEmpty();
    assertThat(parsed.records())
        .extracting(
            Observation::key, Observation::value, Observation::status, Observation::frequency)
        .containsExactly(
            tuple(
                "gdp|210100|2022-03|YTD_LEVEL",
                1620.4,
                ObservationStatus.FINAL,
                Frequency.QUARTERLY),
            tuple(
                "gdp|210100|2022-06|YTD_LEVEL",
                3446.7,
                ObservationStatus.PROVISIONAL,
                Frequency.QUARTERLY),
            tuple(
                "gdp|210112|2022-06|YTD_LEVEL",
                345.6,
                ObservationStatus.REVISED,
                Frequency.QUARTERLY),
            tuple(
                "industrial_value_added|210100|2022-06|YTD_GROWTH",
                5.1,
                ObservationStatus.PROVISIONAL,
                Frequency.MONTHLY));
  }

  @Test
  void shouldNameTheObservationByJsonPointerWhenItIsBad() throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(
        file,
        """
        {"data": {"structures": [{"dimensions": {"series": [
           {"id": "INDICATOR", "values": [{"id": "gdp"}, {"id": "no_such_indicator"}]},
           {"id": "REF_AREA", "values": [{"id": "210112"}]}],
          "observation": [{"id": "TIME_PERIOD", "values": [{"id": "2022-Q2"}]}]},
          "attributes": {"observation": [{"id": "OBS_STATUS", "values": [{"id": "P"}]}]}}],
         "dataSets": [{"series": {
           "0:0": {"observations": {"0": [345.6, 0], "3": [1.0, 0]}},
           "1:0": {"observations": {"0": [9.9, 0]}},
           "0:0:0": {"observations": {"0": [1.0]}}}}]}}
        """);

    ParsedFile<Observation> parsed = service.parse(file, IngestOptions.defaults(CLOCK));

    assertThat(RejectReport.lines(parsed))
        .containsExactly(
            "bad.json:/data/dataSets/0/series/0:0/observations/3: -=\"3\": invalid SDMX message /"
                + " SDMX消息无效: observation key 3 is out of range for TIME_PERIOD (1 values)",
            "bad.json:/data/dataSets/0/series/1:0/observations/0: INDICATOR=\"no_such_indicator\":"
                + " unknown indicator / 未知指标",
            "bad.json:/data/dataSets/0/series/0:0:0/observations/0: -=\"0\": invalid SDMX message /"
                + " SDMX消息无效: series key 0:0:0 has 3 positions, the structure 2");
    assertThat(parsed.records()).hasSize(1);
  }

  @Test
  void shouldReadFlatSdmxJson10Messages() throws IOException {
    Path file = dir.resolve("flat.json");
    Files.writeString(
        file,
        """
        {"header": {"id": "x"},
         "structure": {"dimensions": {"observation": [
           {"id": "INDICATOR", "values": [{"id": "retail_sales", "name": "社会消费品零售总额"}]},
           {"id": "REF_AREA", "values": [{"id": "210102"}, {"id": "210112"}]},
           {"id": "TIME_PERIOD", "values": [{"id": "2022-05"}, {"id": "2022-06"}]}]},
          "attributes": {"dataSet": [{"id": "UNIT_MEASURE", "values": [{"id": "万元"}]}],
                         "observation": []}},
         "dataSets": [{"attributes": [0], "observations": {
           "0:0:1": [1234567], "0:1:0": ["876,543"]}}]}
        """);

    ParsedFile<Observation> parsed = service.parse(file, IngestOptions.defaults(CLOCK));

    assertThat(parsed.errors()).isEmpty();
    assertThat(parsed.records())
        .extracting(Observation::key, Observation::value)
        .containsExactly(
            tuple("retail_sales|210102|2022-06|YTD_LEVEL", 123.4567),
            tuple("retail_sales|210112|2022-05|YTD_LEVEL", 87.6543));
  }

  @Test
  void shouldReportBrokenJsonWithItsLine() throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"dataSets\": [\n{\"series\": \n}");

    ParsedFile<Observation> parsed = service.parse(file, IngestOptions.defaults(CLOCK));

    assertThat(parsed.errors()).hasSize(1);
    assertThat(parsed.errors().get(0).describe()).startsWith("broken.json:3: -=\"\": invalid JSON");
  }

  @Test
  void shouldRefuseSdmxDeleteActionsInCsvAndJson() throws IOException {
    Path csv = dir.resolve("delete.csv");
    Files.writeString(
        csv,
        "STRUCTURE,STRUCTURE_ID,ACTION,INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE\n"
            + "dataflow,PLANWATCH:STATS(1.0),I,gdp,210112,2022-Q2,345.6\n"
            + "dataflow,PLANWATCH:STATS(1.0),D,gdp,210112,2022-Q1,160.2\n");
    Path json = dir.resolve("delete.json");
    Files.writeString(
        json,
        """
        {"data": {"structures": [{"dimensions": {"observation": [
           {"id": "INDICATOR", "values": [{"id": "gdp"}]},
           {"id": "REF_AREA", "values": [{"id": "210112"}]},
           {"id": "TIME_PERIOD", "values": [{"id": "2022-Q1"}]}]}}],
         "dataSets": [{"action": "Delete", "observations": {"0:0:0": [160.2]}}]}}
        """);

    ParsedFile<Observation> fromCsv = service.parse(csv, IngestOptions.defaults(CLOCK));
    ParsedFile<Observation> fromJson = service.parse(json, IngestOptions.defaults(CLOCK));

    assertThat(fromCsv.format()).isEqualTo(FileFormat.SDMX_CSV);
    assertThat(RejectReport.lines(fromCsv))
        .containsExactly(
            "delete.csv:3: ACTION=\"D\": deleting observations is not supported / 不支持删除数据:"
                + " publish a revision instead");
    assertThat(RejectReport.lines(fromJson))
        .containsExactly(
            "delete.json:/data/dataSets/0/observations/0:0:0: ACTION=\"Delete\": deleting"
                + " observations is not supported / 不支持删除数据: publish a revision instead");
  }
}

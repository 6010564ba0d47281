package io.planwatch.producers.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileFormatTest {
  @ParameterizedTest(name = "{0} starting {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "release.csv     | 指标,地区,时期                  | CSV",
        "release.txt     | indicator,region               | CSV",
        "release.csv     | DATAFLOW,INDICATOR,REF_AREA    | SDMX_CSV",
        "release.csv     | \"STRUCTURE\",STRUCTURE_ID      | SDMX_CSV",
        "release.json    | {\"data\": {\"dataSets\": []}}  | SDMX_JSON",
        "download        | {\"dataSets\": []}              | SDMX_JSON",
        "updates.json    | {\"project_id\": \"a\"}          | JSON_LINES",
        "updates.jsonl   | {\"project_id\": \"a\"}          | JSON_LINES",
        "updates.ndjson  | {}                             | JSON_LINES",
        "book.xlsx       | anything                       | XLSX",
      })
  void shouldDetectTheFormatFromNameAndContent(String name, String head, FileFormat expected) {
    assertThat(FileFormat.detect(name, head.getBytes(StandardCharsets.UTF_8))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      value = {"csv, CSV", "sdmx-csv, SDMX_CSV", "SDMX_JSON, SDMX_JSON", "jsonl, JSON_LINES"})
  void shouldParseCommandLineNames(String name, FileFormat expected) {
    assertThat(FileFormat.parse(name)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void shouldDetectAWorkbookByItsZipSignatureWhateverItsName() {
    byte[] zip = {'P', 'K', 3, 4, 0, 0};

    assertThat(FileFormat.detect("download.bin", zip)).isEqualTo(FileFormat.XLSX);
    assertThatThrownBy(() -> FileFormat.parse("pdf")).hasMessageContaining("unknown format pdf");
  }
}

package io.planwatch.producers.ingest.columns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderMappingTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "数值（亿元）             | 数值",
        "\uFEFF指标              | 指标",
        "REF_AREA: Reference area | ref_area",
        " Indicator Code          | indicator_code",
        "release-id               | release_id",
      })
  void shouldNormaliseHeaders(String header, String expected) {
    assertThat(HeaderText.normalise(header)).isEqualTo(HeaderText.normalise(expected));
  }

  @Test
  void shouldReadTheUnitInAHeader() {
    assertThat(HeaderText.unitHint("计划总投资（万元）")).contains("万元");
    assertThat(HeaderText.unitHint("value (10k yuan)")).contains("10k yuan");
    assertThat(HeaderText.unitHint("数值")).isEmpty();
  }

  @Test
  void shouldMapChineseEnglishAndSdmxHeadersAndListWhatIsMissingOrIgnored() {
    HeaderMapping mapping =
        HeaderMapping.of(
            List.of("指标名称", "REF_AREA", "地区代码", "TIME_PERIOD", "备注"), ObservationColumns.ALL);

    assertThat(mapping.has(ObservationColumns.INDICATOR)).isTrue();
    assertThat(mapping.cells(List.of("a", "", "210112", "2022"), ObservationColumns.REGION))
        .extracting(HeaderMapping.Cell::header)
        .containsExactly("REF_AREA", "地区代码");
    assertThat(mapping.cell(List.of("a", "", "210112", "2022"), ObservationColumns.REGION))
        .map(HeaderMapping.Cell::text)
        .contains("210112");
    assertThat(mapping.missing()).containsExactly(ObservationColumns.VALUE);
    assertThat(mapping.ignored()).containsExactly("备注");
  }

  @Test
  void shouldDocumentEveryColumnWithItsHeaders() {
    String table = ColumnDocs.markdown(ObservationColumns.ALL);

    assertThat(table.lines()).hasSize(ObservationColumns.ALL.size() + 2);
    assertThat(table).contains("| `indicator` | yes | 指标, 指标名称, 指标代码, indicator");
    assertThat(ColumnDocs.markdown(ProjectColumns.ALL)).contains("| `planned_start` | no | 计划开工日期");
  }
}

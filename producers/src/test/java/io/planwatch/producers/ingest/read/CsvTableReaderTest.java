package io.planwatch.producers.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.planwatch.producers.ingest.columns.ObservationColumns;
import org.junit.jupiter.api.Test;

class CsvTableReaderTest {
  @Test
  void shouldKeepPhysicalLineNumbersAcrossQuotedLineBreaksTitlesAndBlankLines() {
    String text =
        "2022年1-6月主要指标,,,\n"
            + "\n"
            + "指标,地区,时期,数值\n"
            + "\"地区生产\n总值\",浑南区,2022年1-6月,1\n"
            + "\n"
            + "地区生产总值,和平区,2022年1-6月,2\n"
            + "注：初步核算数,,,\n";

    Table table = CsvTableReader.read(text, ObservationColumns.ALL, false);

    assertThat(table.headerLocation()).isEqualTo("3");
    assertThat(table.header()).containsExactly("指标", "地区", "时期", "数值");
    assertThat(table.rows()).extracting(Table.Row::location).containsExactly("4", "7");
  }

  @Test
  void shouldDetectSemicolonAndTabDelimitersAndStripSdmxLabels() {
    Table semicolons =
        CsvTableReader.read(
            "DATAFLOW;REF_AREA;OBS_VALUE\r\nX:Y(1.0);210112: 浑南区;1\r\n",
            ObservationColumns.ALL,
            true);
    Table tabs = CsvTableReader.read("指标\t地区\n地区生产总值\t浑南区\n", ObservationColumns.ALL, false);

    assertThat(semicolons.rows().get(0).cells()).containsExactly("X:Y(1.0)", "210112", "1");
    assertThat(tabs.rows().get(0).cells()).containsExactly("地区生产总值", "浑南区");
  }
}

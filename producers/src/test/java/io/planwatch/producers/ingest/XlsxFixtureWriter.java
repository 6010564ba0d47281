package io.planwatch.producers.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the committed {@code fixtures/hunnan-2022-06.xlsx} the way a bureau's workbook looks: a
 * merged title row, a blank row, the header, an indicator name merged down over two rows, numeric,
 * percent-formatted and date cells, a merged note under the data, and a second sheet. Regenerate
 * with {@code ./mvnw -pl producers test -Dtest=XlsxFixtureWriter -Dfixtures.regenerate=true}.
 */
class XlsxFixtureWriter {
  static final Path FIXTURE = Path.of("src/test/resources/fixtures/hunnan-2022-06.xlsx");

  @Test
  @EnabledIfSystemProperty(named = "fixtures.regenerate", matches = "true")
  void regenerateTheWorkbookFixture() throws IOException {
    write(FIXTURE);
  }

  static void write(Path target) throws IOException {
    try (Workbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("1-6月");
      sheet.createRow(0).createCell(0).setCellValue("浑南区2022年1-6月主要经济指标");
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
      String[] header = {"指标", "地区代码", "时期", "口径", "数值", "单位", "发布时间"};
      Row headerRow = sheet.createRow(2);
      for (int i = 0; i < header.length; i++) {
        headerRow.createCell(i).setCellValue(header[i]);
      }
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      CellStyle percent = workbook.createCellStyle();
      percent.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("0.0%"));
      LocalDateTime published = LocalDateTime.of(2022, 7, 18, 0, 0);
      Row gdp = row(sheet, 3, "地区生产总值", "210112", "2022年1-6月", "累计值");
      gdp.createCell(4).setCellValue(345.6);
      gdp.createCell(5).setCellValue("亿元");
      dateCell(gdp, published, date);
      Row gdpGrowth = row(sheet, 4, "", "210112", "2022年1-6月", "累计增长");
      gdpGrowth.createCell(4).setCellValue(2.1);
      gdpGrowth.createCell(5).setCellValue("%");
      dateCell(gdpGrowth, published, date);
      sheet.addMergedRegion(new CellRangeAddress(3, 4, 0, 0));
      Row iva = row(sheet, 5, "规模以上工业增加值", "210112", "2022年1-6月", "累计增长");
      iva.createCell(4).setCellValue(8.2);
      iva.createCell(5).setCellValue("%");
      dateCell(iva, published, date);
      Row rate = row(sheet, 6, "城镇调查失业率", "210112", "2022年6月", "比率");
      rate.createCell(4).setCellValue(0.052);
      rate.getCell(4).setCellStyle(percent);
      rate.createCell(5).setCellValue("%");
      dateCell(rate, published, date);
      sheet.createRow(8).createCell(0).setCellValue("注：地区生产总值为初步核算数。");
      sheet.addMergedRegion(new CellRangeAddress(8, 8, 0, 6));
      Sheet other = workbook.createSheet("说明");
      other.createRow(0).createCell(0).setCellValue("数据来源：浑南区统计局");
      Files.createDirectories(target.toAbsolutePath().getParent());
      try (OutputStream out = Files.newOutputStream(target)) {
        workbook.write(out);
      }
    }
  }

  private static Row row(Sheet sheet, int index, String... texts) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < texts.length; i++) {
      row.createCell(i).setCellValue(texts[i]);
    }
    return row;
  }

  private static void dateCell(Row row, LocalDateTime when, CellStyle style) {
    row.createCell(6).setCellValue(when);
    row.getCell(6).setCellStyle(style);
  }
}

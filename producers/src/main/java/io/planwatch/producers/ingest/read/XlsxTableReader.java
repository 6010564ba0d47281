package io.planwatch.producers.ingest.read;

import io.planwatch.producers.ingest.columns.Column;
import io.planwatch.producers.ingest.normalize.InvalidValueException;
import io.planwatch.producers.ingest.normalize.NumberParser;
import io.planwatch.producers.ingest.normalize.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads a sheet of an XLSX (or XLS) workbook with Apache POI: the first sheet or one chosen by name
 * or 1-based number; title rows (merged or not) above the header are skipped. Numbers are written
 * out exactly ({@code 1234.5}, never {@code 1.2345E3}; see {@link NumberParser#text});
 * percent-formatted cells as the percentage shown ({@code 0.051} formatted {@code 0.0%} reads
 * {@code 5.1}); dates as ISO dates. Locations are 1-based Excel row numbers.
 */
public final class XlsxTableReader {
  private XlsxTableReader() {}

  /**
   * Reads a sheet.
   *
   * @param in the workbook bytes
   * @param sheet the sheet's name or 1-based number, or null for the first
   * @param columns the columns the header is matched against
   * @throws InvalidValueException UNREADABLE_FILE if the workbook or sheet cannot be read
   */
  public static Table read(InputStream in, String sheet, List<Column> columns) throws IOException {
    try (Workbook workbook = WorkbookFactory.create(in)) {
      Sheet chosen = choose(workbook, sheet);
      Map<CellAddress, String> merged = mergedValues(chosen);
      List<Integer> rowNumbers = new ArrayList<>();
      List<List<String>> rows = new ArrayList<>();
      for (Row row : chosen) {
        List<String> cells = cells(row, merged);
        if (!HeaderFinder.isBlank(cells)) {
          rowNumbers.add(row.getRowNum() + 1);
          rows.add(cells);
        }
      }
      if (rows.isEmpty()) {
        return new Table(List.of(), "1", List.of());
      }
      int headerIndex = HeaderFinder.find(rows, columns);
      List<Table.Line> data = new ArrayList<>();
      for (int i = headerIndex + 1; i < rows.size(); i++) {
        if (!HeaderFinder.isNote(rows.get(i))) {
          data.add(new Table.Row(Integer.toString(rowNumbers.get(i)), rows.get(i)));
        }
      }
      return new Table(rows.get(headerIndex), Integer.toString(rowNumbers.get(headerIndex)), data);
    }
  }

  private static Sheet choose(Workbook workbook, String sheet) {
    if (sheet == null || sheet.isBlank()) {
      return workbook.getSheetAt(0);
    }
    Sheet byName = workbook.getSheet(sheet);
    if (byName != null) {
      return byName;
    }
    if (sheet.matches("\\d+")) {
      int number = Integer.parseInt(sheet);
      if (number >= 1 && number <= workbook.getNumberOfSheets()) {
        return workbook.getSheetAt(number - 1);
      }
    }
    List<String> names = new ArrayList<>();
    workbook.forEach(s -> names.add(s.getSheetName()));
    throw new InvalidValueException(
        Problem.UNREADABLE_FILE,
        "no sheet " + sheet + " (sheets: " + String.join(", ", names) + ")");
  }

  private static List<String> cells(Row row, Map<CellAddress, String> merged) {
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
      String text = text(row.getCell(i));
      cells.add(
          text.isEmpty() ? merged.getOrDefault(new CellAddress(row.getRowNum(), i), "") : text);
    }
    return cells;
  }

  /**
   * The value of every cell inside a merged region: bureaus merge an indicator's name down over the
   * rows of its regions or measures, and each of those rows means that indicator.
   */
  private static Map<CellAddress, String> mergedValues(Sheet sheet) {
    Map<CellAddress, String> values = new HashMap<>();
    for (CellRangeAddress region : sheet.getMergedRegions()) {
      Row first = sheet.getRow(region.getFirstRow());
      String value = first == null ? "" : text(first.getCell(region.getFirstColumn()));
      for (CellAddress address : region) {
        values.put(address, value);
      }
    }
    return values;
  }

  private static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    switch (type) {
      case STRING:
        return cell.getStringCellValue().trim();
      case BOOLEAN:
        return Boolean.toString(cell.getBooleanCellValue());
      case NUMERIC:
        return numeric(cell);
      case ERROR:
        // #DIV/0!, #N/A…: reported as what the sheet shows, not as an empty cell.
        return error(cell);
      default:
        return "";
    }
  }

  private static String numeric(Cell cell) {
    if (DateUtil.isCellDateFormatted(cell)) {
      LocalDateTime at = cell.getLocalDateTimeCellValue();
      return at.toLocalTime().equals(LocalTime.MIDNIGHT)
          ? at.toLocalDate().toString()
          : at.toLocalDate() + " " + at.toLocalTime();
    }
    double number = cell.getNumericCellValue();
    if (!Double.isFinite(number)) {
      return Double.toString(number); // NaN, Infinity: for the number rule to refuse
    }
    BigDecimal value = BigDecimal.valueOf(number);
    if (cell.getCellStyle().getDataFormatString().contains("%")) {
      value = value.movePointRight(2);
    }
    return NumberParser.text(value.stripTrailingZeros());
  }

  private static String error(Cell cell) {
    try {
      return FormulaError.forInt(cell.getErrorCellValue()).getString();
    } catch (IllegalArgumentException e) {
      return "#ERROR!"; // a code POI does not know
    }
  }
}

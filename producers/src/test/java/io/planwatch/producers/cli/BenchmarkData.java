package io.planwatch.producers.cli;

import io.planwatch.domain.catalogue.Catalogue;
import io.planwatch.domain.model.Frequency;
import io.planwatch.domain.model.Indicator;
import io.planwatch.domain.model.Region;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes a large, valid release in the bureau's English-header CSV layout: every monthly indicator
 * of the catalogue for every region, month after month backwards from May 2022, until {@code rows}
 * rows (each key indicator|region|period|measure once).
 */
final class BenchmarkData {
  static final String HEADER =
      "indicator,region_code,period,measure,value,unit,price_basis,status,revision,published";

  private BenchmarkData() {}

  static Path write(Path file, int rows, Catalogue catalogue) throws IOException {
    List<Indicator> indicators =
        catalogue.indicators().values().stream()
            .filter(indicator -> indicator.frequency() == Frequency.MONTHLY)
            .toList();
    List<Region> regions = List.copyOf(catalogue.regions().values());
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(HEADER);
      out.newLine();
      int written = 0;
      for (int monthsBack = 0; written < rows; monthsBack++) {
        int year = 2022 - (monthsBack + 7) / 12;
        int month = 12 - (monthsBack + 7) % 12;
        for (int i = 0; i < indicators.size() && written < rows; i++) {
          Indicator indicator = indicators.get(i);
          for (int r = 0; r < regions.size() && written < rows; r++) {
            out.write(row(indicator, regions.get(r), year, month, written));
            out.newLine();
            written++;
          }
        }
      }
    }
    return file;
  }

  private static String row(Indicator indicator, Region region, int year, int month, int n) {
    return String.format(
        Locale.ROOT,
        "%s,%s,%04d-%02d,%s,%.2f,%s,%s,P,0,2022-07-18 10:00",
        indicator.code(),
        region.code(),
        year,
        month,
        indicator.measure(),
        1 + (n % 9973) / 100.0,
        indicator.unit(),
        indicator.priceBasis());
  }
}

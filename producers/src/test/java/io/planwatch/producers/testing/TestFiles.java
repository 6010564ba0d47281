package io.planwatch.producers.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Copies test fixtures and the shipped catalogue out of the classpath into a folder. */
public final class TestFiles {
  private static final List<String> CATALOGUE_FILES =
      List.of(
          "index.yaml",
          "regions.yaml",
          "indicators.yaml",
          "targets/000-hunnan-14th-fyp-2022-update.yaml",
          "targets/001-heping-14th-fyp-goals.yaml",
          "targets/002-shenyang-2022-action-plan.yaml",
          "targets/003-hunnan-2022.yaml",
          "targets/004-liaoning-14th-fyp.yaml");

  private TestFiles() {}

  /** The fixture {@code fixtures/<name>} copied into {@code dir}. */
  public static Path fixture(String name, Path dir) {
    return copy("/fixtures/" + name, dir.resolve(name));
  }

  /** The shipped catalogue copied into {@code dir}, which is returned. */
  public static Path shippedCatalogue(Path dir) {
    CATALOGUE_FILES.forEach(file -> copy("/catalogue/" + file, dir.resolve(file)));
    return dir;
  }

  /**
   * The shipped catalogue plus the indicator the ingest fixtures use and the shipped catalogue does
   * not define (城镇调查失业率, the surveyed urban unemployment rate), copied into {@code dir}.
   */
  public static Path fixtureCatalogue(Path dir) {
    shippedCatalogue(dir);
    Path indicators = dir.resolve("indicators.yaml");
    String extra =
        """
          - code: urban_unemployment_rate
            nameZh: "城镇调查失业率"
            nameEn: "Surveyed urban unemployment rate"
            unit: "%"
            measure: RATE
            frequency: MONTHLY
            priceBasis: NOT_APPLICABLE
            direction: LOWER_IS_BETTER
            additive: false
        """;
    try {
      Files.writeString(
          indicators,
          Files.readString(indicators, StandardCharsets.UTF_8).stripTrailing() + "\n" + extra,
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }

  private static Path copy(String resource, Path target) {
    try (InputStream in = TestFiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + resource);
      }
      Files.createDirectories(target.getParent());
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.planwatch.producers.cli;

import io.planwatch.domain.catalogue.Catalogue;
import io.planwatch.domain.catalogue.CatalogueLoader;
import io.planwatch.domain.catalogue.CatalogueResult;
import io.planwatch.producers.ingest.normalize.DateTimes;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What the commands take from outside: the environment (given, so that tests can set it), whether
 * the output is a terminal, and the clock (Asia/Shanghai: bureaus' "now").
 *
 * @param environment the process environment
 * @param terminal whether standard output is an interactive terminal
 * @param clock the clock that stamps publication times and says what is "in the future"
 */
record CliContext(Map<String, String> environment, boolean terminal, Clock clock) {
  CliContext {
    environment = Map.copyOf(environment);
  }

  /** The real process: its environment, its console, the system clock. */
  static CliContext system() {
    return new CliContext(
        System.getenv(), System.console() != null, Clock.system(DateTimes.SHANGHAI));
  }

  /**
   * The catalogue in {@code dir}, or the shipped one; null after printing every error when it is
   * invalid.
   */
  static Catalogue loadCatalogue(Path dir, PrintWriter err) {
    CatalogueResult result =
        dir == null
            ? CatalogueLoader.validateClasspath(CatalogueLoader.DEFAULT_ROOT)
            : CatalogueLoader.validate(dir);
    if (!result.isValid()) {
      err.println(
          "catalogue "
              + result.source()
              + " has "
              + result.errors().size()
              + " errors, nothing published / 目录有错误，未发布:");
      result.errors().forEach(error -> err.println("  " + error));
      err.flush();
      return null;
    }
    return result.catalogue().orElseThrow();
  }
}

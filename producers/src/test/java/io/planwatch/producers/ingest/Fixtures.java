package io.planwatch.producers.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies the committed fixtures into a test's temporary folder. */
final class Fixtures {
  private Fixtures() {}

  /** The fixture {@code fixtures/<name>} copied into {@code dir}. */
  static Path copy(String name, Path dir) throws IOException {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      Path target = dir.resolve(name);
      Files.copy(in, target);
      return target;
    }
  }
}

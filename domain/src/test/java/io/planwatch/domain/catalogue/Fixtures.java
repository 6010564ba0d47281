package io.planwatch.domain.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Test fixtures: catalogue directories under src/test/resources, and files written on the fly. */
final class Fixtures {

  private Fixtures() {}

  /** The directory of a fixture catalogue on the test classpath, e.g. {@code catalogue-valid}. */
  static Path directory(String name) {
    URL url = Fixtures.class.getResource("/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no fixture " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Copies a fixture catalogue into {@code target} so that a test can change one file. */
  static Path copy(String name, Path target) {
    Path source = directory(name);
    try (var paths = Files.walk(source)) {
      for (Path path : paths.toList()) {
        Path copy = target.resolve(source.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(path, copy);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }

  static void write(Path root, String file, String... lines) {
    try {
      Path path = root.resolve(file);
      Files.createDirectories(path.getParent());
      Files.writeString(path, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies a classpath resource (e.g. the shipped {@code /catalogue/regions.yaml}) to a file. */
  static void copyResource(String resource, Path file) {
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + resource);
      }
      Files.createDirectories(file.getParent());
      Files.copy(in, file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One list entry in block style: {@code " - key: value"}, then {@code " key: value"}. */
  static List<String> entry(Map<String, String> fields) {
    List<String> lines = new ArrayList<>();
    String prefix = "  - ";
    for (Map.Entry<String, String> field : fields.entrySet()) {
      lines.add(prefix + field.getKey() + ": " + field.getValue());
      prefix = "    ";
    }
    return lines;
  }

  /** The errors of validating {@code root}, as their one-line texts. */
  static List<String> errors(Path root) {
    return CatalogueLoader.validate(root).errors().stream().map(CatalogueError::toString).toList();
  }
}

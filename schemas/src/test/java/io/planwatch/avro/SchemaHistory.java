package io.planwatch.avro;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.avro.Schema;

/**
 * Released versions of each contract, from the test resources {@code
 * schema-history/<Record>/v<N>.avsc}, each a self-contained (fully expanded) schema. When a
 * contract changes, its new schema is added as the next version; every version must stay readable
 * by the current schema.
 */
public final class SchemaHistory {
  private static final String ROOT = "schema-history";
  private static final Pattern VERSION = Pattern.compile("v(\\d+)\\.avsc");

  /** One stored version. */
  public record Version(String record, int number, Schema schema) {
    @Override
    public String toString() {
      return record + " v" + number;
    }
  }

  private SchemaHistory() {}

  /** The records with a history. */
  public static List<String> records() {
    try (Stream<Path> dirs = Files.list(root())) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A record's stored versions, oldest first. */
  public static List<Version> versions(String record) {
    try (Stream<Path> files = Files.list(root().resolve(record))) {
      return files
          .map(p -> p.getFileName().toString())
          .map(VERSION::matcher)
          .filter(Matcher::matches)
          .map(m -> Integer.parseInt(m.group(1)))
          .sorted(Comparator.naturalOrder())
          .map(n -> new Version(record, n, parse(record, n)))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Schema parse(String record, int number) {
    String resource = ROOT + "/" + record + "/v" + number + ".avsc";
    try (InputStream in = SchemaHistory.class.getClassLoader().getResourceAsStream(resource)) {
      return new Schema.Parser().parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** The history's folder: in schemas' test classes, or in its test-jar for other modules. */
  private static synchronized Path root() {
    URL url = SchemaHistory.class.getClassLoader().getResource(ROOT);
    if (url == null) {
      throw new IllegalStateException("no " + ROOT + " on the test classpath");
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        try {
          FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException notOpenYet) {
          FileSystems.newFileSystem(uri, Map.of());
        }
      }
      return Path.of(uri);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the jar holding " + ROOT, e);
    }
  }
}

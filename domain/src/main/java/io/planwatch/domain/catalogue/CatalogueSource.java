package io.planwatch.domain.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Where catalogue files come from: a directory on disk, or the classpath (which cannot list). */
interface CatalogueSource {

  /** For messages: the directory, or {@code classpath:/catalogue}. */
  String describe();

  /** The bytes of the file at {@code relativePath} ({@code targets/000.yaml}), if it exists. */
  Optional<byte[]> read(String relativePath) throws IOException;

  /** The files under {@code targets/} (relative paths, sorted), or empty if it cannot list. */
  Optional<List<String>> listTargets() throws IOException;

  /** A catalogue directory on disk. */
  static CatalogueSource directory(Path root) {
    return new CatalogueSource() {
      @Override
      public String describe() {
        return root.toString();
      }

      @Override
      public Optional<byte[]> read(String relativePath) throws IOException {
        Path file = root.resolve(relativePath);
        return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
      }

      @Override
      public Optional<List<String>> listTargets() throws IOException {
        Path targets = root.resolve(CatalogueLoader.TARGETS_DIR);
        if (!Files.isDirectory(targets)) {
          return Optional.of(List.of());
        }
        try (Stream<Path> files = Files.list(targets)) {
          return Optional.of(
              files
                  .filter(Files::isRegularFile)
                  .map(path -> path.getFileName().toString())
                  .filter(name -> !name.startsWith("."))
                  .map(name -> CatalogueLoader.TARGETS_DIR + "/" + name)
                  .sorted()
                  .toList());
        }
      }
    };
  }

  /** A catalogue under {@code root} on the classpath of {@code loader}. */
  static CatalogueSource classpath(String root, ClassLoader loader) {
    String prefix = root.replaceAll("^/+|/+$", "");
    return new CatalogueSource() {
      @Override
      public String describe() {
        return "classpath:/" + prefix;
      }

      @Override
      public Optional<byte[]> read(String relativePath) throws IOException {
        try (InputStream in = loader.getResourceAsStream(prefix + "/" + relativePath)) {
          return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        }
      }

      @Override
      public Optional<List<String>> listTargets() {
        return Optional.empty();
      }
    };
  }
}

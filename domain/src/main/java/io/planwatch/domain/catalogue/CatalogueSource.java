package io.planwatch.domain.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
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

  /**
   * Whether the catalogue must name its target files in index.yaml: always on the classpath, where
   * a catalogue inside a jar cannot be listed, so that it loads the same from a jar and from a
   * folder.
   */
  boolean requiresIndex();

  /** The sorted {@code targets/…} paths of the regular, non-hidden files in {@code targets}. */
  static List<String> listDirectory(Path targets) throws IOException {
    if (!Files.isDirectory(targets)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(targets)) {
      return files
          .filter(Files::isRegularFile)
          .map(path -> path.getFileName().toString())
          .filter(name -> !name.startsWith("."))
          .map(name -> CatalogueLoader.TARGETS_DIR + "/" + name)
          .sorted()
          .toList();
    }
  }

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
        return Optional.of(listDirectory(root.resolve(CatalogueLoader.TARGETS_DIR)));
      }

      @Override
      public boolean requiresIndex() {
        return false;
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

      /** Lists a classpath folder on disk (tests, IDE runs) to check the index; not a jar. */
      @Override
      public Optional<List<String>> listTargets() throws IOException {
        URL folder = loader.getResource(prefix);
        if (folder == null || !"file".equals(folder.getProtocol())) {
          return Optional.empty();
        }
        try {
          return Optional.of(
              listDirectory(Path.of(folder.toURI()).resolve(CatalogueLoader.TARGETS_DIR)));
        } catch (URISyntaxException e) {
          throw new IOException("cannot list " + folder, e);
        }
      }

      @Override
      public boolean requiresIndex() {
        return true;
      }
    };
  }
}

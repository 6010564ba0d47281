package io.planwatch.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A catalogue packed in a jar, where the folder cannot be listed: the index names the files. */
class JarCatalogueTest {

  @TempDir Path dir;

  private URLClassLoader jarWith(Path catalogue, String root) throws IOException {
    Path jar = dir.resolve("catalogue.jar");
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file);
        Stream<Path> paths = Files.walk(catalogue)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        out.putNextEntry(
            new JarEntry(root + "/" + catalogue.relativize(path).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(path));
        out.closeEntry();
      }
    }
    return new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
  }

  @Test
  void shouldLoadACatalogueFromAJarThroughItsIndex() throws IOException {
    Catalogue fromDirectory = CatalogueLoader.load(Fixtures.directory("catalogue-valid"));

    try (URLClassLoader loader = jarWith(Fixtures.directory("catalogue-valid"), "plans")) {
      CatalogueResult fromJar = CatalogueLoader.validateClasspath("plans", loader);

      assertThat(fromJar.errors()).isEmpty();
      assertThat(fromJar.orThrow().targets()).isEqualTo(fromDirectory.targets());
    }
  }

  @Test
  void shouldReadOnlyTheIndexedFilesOfAJarAndReportAMissingOne() throws IOException {
    Path copy = Fixtures.copy("catalogue-valid", dir.resolve("copy"));
    Fixtures.write(
        copy, "index.yaml", "targets:", "  - targets/hunnan.yaml", "  - targets/gone.yaml");

    try (URLClassLoader loader = jarWith(copy, "plans")) {
      List<String> errors =
          CatalogueLoader.validateClasspath("plans", loader).errors().stream()
              .map(CatalogueError::toString)
              .toList();

      assertThat(errors)
          .containsExactly("index.yaml:3: targets: 'targets/gone.yaml' does not exist");
    }
  }
}

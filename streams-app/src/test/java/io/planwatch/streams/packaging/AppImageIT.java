package io.planwatch.streams.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The built image of the streams app, as docker/app.Dockerfile copies it ({@code
 * target/planwatch-app.jar} and the jars its manifest names in {@code target/lib}), holds no Kafka
 * broker, no registry server, no producers and no launcher, and runs the app alone. Runs after
 * {@code package} in {@code ./mvnw verify}.
 */
class AppImageIT {
  private static final Path APP_JAR = Path.of("target", "planwatch-app.jar");

  @Test
  void shouldRunTheAppAloneWithoutBrokerRegistryServerOrProducers() throws IOException {
    assertThat(APP_JAR).as("built by package").isRegularFile();
    final Map<String, List<String>> entriesByJar = new LinkedHashMap<>();
    final List<String> missing = new ArrayList<>();
    try (JarFile app = new JarFile(APP_JAR.toFile())) {
      final Attributes manifest = app.getManifest().getMainAttributes();
      assertThat(manifest.getValue(Attributes.Name.MAIN_CLASS))
          .isEqualTo("io.planwatch.streams.runtime.StreamsMain");
      entriesByJar.put(APP_JAR.getFileName().toString(), entries(app));
      final String classPath = manifest.getValue(Attributes.Name.CLASS_PATH);
      assertThat(classPath).as("Class-Path of the manifest").isNotBlank();
      for (final String relative : Arrays.asList(classPath.trim().split("\\s+"))) {
        final Path lib = APP_JAR.resolveSibling(relative);
        if (!Files.isRegularFile(lib)) {
          missing.add(relative);
          continue;
        }
        try (JarFile jar = new JarFile(lib.toFile())) {
          entriesByJar.put(lib.getFileName().toString(), entries(jar));
        }
      }
    }
    assertThat(missing).as("jars the manifest names but target/lib lacks").isEmpty();
    assertThat(entriesByJar.keySet())
        .as("the app's runtime jars")
        .anyMatch(jar -> jar.startsWith("kafka-streams-"));
    final List<String> offending = AppImageRules.offending(entriesByJar);
    assertThat(offending)
        .withFailMessage(
            "%d classes of the broker, registry server, producers or launcher in the app's image;"
                + " the first 20:%n%s",
            offending.size(),
            String.join("\n", offending.subList(0, Math.min(20, offending.size()))))
        .isEmpty();
  }

  private static List<String> entries(final JarFile jar) {
    return jar.stream().map(ZipEntry::getName).toList();
  }
}

package io.planwatch.producers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class CliReferenceTest {
  @Test
  void shouldKeepTheCommandLineReferenceInSyncWithTheUsageHelp() throws IOException {
    assertThat(Files.readString(CliReference.FILE, StandardCharsets.UTF_8))
        .as(
            "docs/cli-producers.md is out of date: regenerate it with CliReference (see its javadoc)")
        .isEqualTo(CliReference.render());
  }
}

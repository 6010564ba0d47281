package io.planwatch.streams.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.planwatch.registry.server.RegistryServerMain;
import io.planwatch.registry.server.RegistryServerOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RegistryCommandTest {

  private final StringWriter err = new StringWriter();

  private CommandLine line(final RegistryCommand command) {
    final CommandLine line = new CommandLine(command);
    line.setErr(new PrintWriter(err, true));
    return line;
  }

  @Test
  void shouldServeHttpsToTheUsersOfAFileWithTheKeyStorePasswordFromTheEnvironment() {
    final RegistryCommand command =
        new RegistryCommand(Map.of(RegistryServerMain.ENV_KEYSTORE_PASSWORD, "s3cret"));
    line(command)
        .parseArgs("--port", "0", "--users-file", "users.txt", "--tls-keystore", "registry.p12");

    final RegistryServerOptions options = command.options();

    assertThat(options.tls()).isTrue();
    assertThat(options.keyStore()).isEqualTo(Path.of("registry.p12"));
    assertThat(options.keyStorePassword()).isEqualTo("s3cret");
    assertThat(options.usersFile()).isEqualTo(Path.of("users.txt"));
    assertThat(options.basicAuthUserInfo()).isNull();
  }

  @Test
  void shouldRefuseAKeyStoreWithoutItsPasswordAsAUsageError() {
    final int exit =
        line(new RegistryCommand(Map.of())).execute("--port", "0", "--tls-keystore", "x.p12");

    assertThat(exit).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(err.toString()).contains(RegistryServerMain.ENV_KEYSTORE_PASSWORD);
  }

  @Test
  void shouldRefuseABasicAuthUserAndAUsersFileTogetherAsAUsageError() {
    final int exit =
        line(new RegistryCommand(Map.of()))
            .execute("--port", "0", "--basic-auth", "a:b", "--users-file", "users.txt");

    assertThat(exit).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(err.toString()).contains("either a basic-auth user or a users file");
  }
}

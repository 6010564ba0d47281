package io.planwatch.streams.launcher;

import io.planwatch.streams.runtime.StreamsMain;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ./planwatch} entry point: the demo and every part of the pipeline on its own.
 *
 * <p>Only this class calls {@link System#exit}; every command returns its exit code.
 */
@Command(
    name = "planwatch",
    mixinStandardHelpOptions = true,
    version = "planwatch 0.1.0",
    description = {
      "planwatch: watches development-plan indicators as they are published.",
      "planwatch:跟踪发展规划指标的发布与进度。"
    },
    subcommands = {DemoCommand.class, BrokerCommand.class, RegistryCommand.class})
public final class PlanwatchMain {

  private PlanwatchMain() {}

  /**
   * The command line with every subcommand, for tests and for {@link #main}.
   *
   * @param environment the process environment ({@code System.getenv()} in main only)
   * @param shutdownHooks registers a JVM shutdown hook (main only)
   */
  public static CommandLine commandLine(
      final Map<String, String> environment, final Consumer<Runnable> shutdownHooks) {
    final CommandLine line = new CommandLine(new PlanwatchMain());
    line.addSubcommand("app", StreamsMain.command(environment, shutdownHooks));
    line.addSubcommand("produce", new ProduceCommand());
    // Everything after "produce" belongs to the producers' own command line, --help included.
    line.getSubcommands().get("produce").setUnmatchedOptionsArePositionalParams(true);
    // produce keeps the producers' own --verbose.
    for (final String name : List.of("demo", "broker", "registry", "app")) {
      line.getSubcommands().get(name).addMixin("verbose", new VerboseOption());
    }
    return line;
  }

  public static void main(final String[] args) {
    final Optional<Path> logFile = LauncherLogging.select(args, System.getenv());
    final CommandLine line =
        commandLine(
            System.getenv(),
            hook -> Runtime.getRuntime().addShutdownHook(new Thread(hook, "planwatch-shutdown")));
    logFile.ifPresent(
        file ->
            line.setExecutionStrategy(
                parsed -> {
                  final CommandLine.ParseResult command = parsed.subcommand();
                  if (command != null
                      && !command.isUsageHelpRequested()
                      && !command.isVersionHelpRequested()) {
                    line.getErr().printf("Log / 日志: %s (-v shows it here / -v 在此显示)%n", file);
                    line.getErr().flush();
                  }
                  return new CommandLine.RunLast().execute(parsed);
                }));
    System.exit(line.execute(args));
  }
}

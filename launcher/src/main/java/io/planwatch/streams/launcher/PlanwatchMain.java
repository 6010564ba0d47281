package io.planwatch.streams.launcher;

import io.planwatch.streams.runtime.StreamsMain;
import java.util.Map;
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
    return line;
  }

  public static void main(final String[] args) {
    final CommandLine line =
        commandLine(
            System.getenv(),
            hook -> Runtime.getRuntime().addShutdownHook(new Thread(hook, "planwatch-shutdown")));
    System.exit(line.execute(args));
  }
}

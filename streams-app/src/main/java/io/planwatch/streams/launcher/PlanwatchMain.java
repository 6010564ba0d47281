package io.planwatch.streams.launcher;

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
    subcommands = {BrokerCommand.class, RegistryCommand.class})
public final class PlanwatchMain {

  private PlanwatchMain() {}

  /** The command line with every subcommand, for tests and for {@link #main}. */
  public static CommandLine commandLine() {
    return new CommandLine(new PlanwatchMain());
  }

  public static void main(final String[] args) {
    System.exit(commandLine().execute(args));
  }
}

package io.planwatch.producers.cli;

import picocli.CommandLine;

/** Entry point of {@code planwatch-producers.jar}. Only here does the process exit. */
public final class Main {
  private Main() {}

  /** The producers' command line with its subcommands, for a launcher that embeds it. */
  public static CommandLine commandLine() {
    return ProducersCommand.commandLine(CliContext.system());
  }

  public static void main(String[] args) {
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", Logging.CONFIG_RESOURCE);
    }
    int exit = ProducersCommand.commandLine(CliContext.system()).execute(args);
    System.exit(exit);
  }
}

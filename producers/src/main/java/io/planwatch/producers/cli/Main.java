package io.planwatch.producers.cli;

/** Entry point of {@code planwatch-producers.jar}. Only here does the process exit. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", Logging.CONFIG_RESOURCE);
    }
    int exit = ProducersCommand.commandLine(CliContext.system()).execute(args);
    System.exit(exit);
  }
}

package io.planwatch.streams.launcher;

import io.planwatch.producers.cli.Main;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code planwatch produce …}: the producers' command line ({@code catalogue}, {@code releases},
 * {@code projects}, {@code simulate}) with its own options, exit codes and error messages; {@code
 * planwatch produce --help} shows them.
 */
@Command(
    name = "produce",
    description = {
      "Publishes the catalogue, releases, project reports or simulated data"
          + " (planwatch produce --help).",
      "发布规划目录、统计数据、项目进展或模拟数据(planwatch produce --help)。"
    })
final class ProduceCommand implements Callable<Integer> {

  @Parameters(arity = "0..*", paramLabel = "ARGS", description = "Passed to the producers' CLI.")
  private List<String> args = new ArrayList<>();

  @Override
  public Integer call() {
    return Main.commandLine().execute(args.toArray(String[]::new));
  }
}

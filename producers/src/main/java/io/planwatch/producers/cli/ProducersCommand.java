package io.planwatch.producers.cli;

import io.planwatch.producers.publish.InfrastructureException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/** The top command: {@code planwatch-producers catalogue|releases|projects}. */
@Command(
    name = "planwatch-producers",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Publish the plan catalogue, statistics releases and project reports to planwatch's Kafka"
          + " topics (Avro, Confluent wire format).",
      "向 planwatch 的 Kafka 主题发布规划目录、统计数据和项目进展。"
    },
    synopsisSubcommandLabel = "COMMAND",
    commandListHeading = "%nCommands / 命令:%n")
final class ProducersCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The command line with its subcommands, exit codes and error handling. */
  static CommandLine commandLine(CliContext context) {
    CommandLine line =
        new CommandLine(new ProducersCommand())
            .addSubcommand(new CatalogueCommand(context))
            .addSubcommand(new ReleasesCommand(context))
            .addSubcommand(new ProjectsCommand(context))
            .addSubcommand(new SimulateCommand(context))
            .addSubcommand(new CommandLine.HelpCommand());
    line.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
    line.getSubcommands()
        .values()
        .forEach(sub -> sub.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE));
    line.setExecutionExceptionHandler(ProducersCommand::handle);
    return line;
  }

  /**
   * An unreachable broker or registry is one line and exit code 2; other failures one line and exit
   * code 1. Stack traces only with {@code --verbose}.
   */
  private static int handle(Exception e, CommandLine line, ParseResult parsed) {
    PrintWriter err = line.getErr();
    boolean verbose = verbose(parsed);
    InfrastructureException infrastructure = cause(e, InfrastructureException.class);
    if (infrastructure != null) {
      err.println(unreachable(infrastructure));
    } else {
      err.println("error / 错误: " + oneLine(String.valueOf(e.getMessage())));
    }
    if (verbose) {
      e.printStackTrace(err);
    }
    err.flush();
    return infrastructure != null ? ExitCodes.UNREACHABLE : ExitCodes.INVALID;
  }

  /** The one line saying which address failed and what to check. */
  static String unreachable(InfrastructureException e) {
    String detail = oneLine(e.detail());
    return switch (e.component()) {
      case KAFKA ->
          "error: cannot reach the Kafka broker at "
              + e.address()
              + " ("
              + detail
              + "); check --bootstrap-servers or PLANWATCH_BOOTSTRAP_SERVERS, that the broker is"
              + " running, and security.protocol/sasl.*/ssl.* / 无法连接 Kafka 服务器 "
              + e.address()
              + "，请检查地址、服务器是否运行及安全设置";
      case SCHEMA_REGISTRY ->
          "error: cannot reach the schema registry at "
              + e.address()
              + " ("
              + detail
              + "); check --schema-registry-url or PLANWATCH_SCHEMA_REGISTRY_URL, that the"
              + " registry is running, and its basic auth / 无法连接 Schema Registry "
              + e.address()
              + "，请检查地址、服务是否运行及认证信息";
    };
  }

  private static boolean verbose(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }
}

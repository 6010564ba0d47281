package io.planwatch.producers.cli;

import io.planwatch.producers.publish.Records;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code releases FILE…}: publishes statistics releases to {@code stats.observations}. */
@Command(
    name = "releases",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Publish statistics releases (CSV, GBK or UTF-8, Chinese or English headers; XLSX;"
          + " SDMX-CSV; SDMX-JSON; JSON lines) to stats.observations, one transaction per file.",
      "发布统计数据文件：每个文件一个事务，全部发布或全部不发布。",
      "",
      "A file with any invalid row is not published: the report lists file, line, column, value"
          + " and reason, and the exit code is 1. A file published before is not sent again.",
      "文件中有任何无效行时整个文件不发布，并列出文件、行、列、值和原因。"
    },
    exitCodeListHeading = "%nExit codes / 退出码:%n",
    exitCodeList = {
      "0:published, or published before / 发布成功",
      "1:a file had invalid rows or its transaction aborted / 数据无效或事务回滚",
      "2:broker or schema registry unreachable / 无法连接 Kafka 或 Schema Registry",
      "64:wrong command line / 命令行错误"
    })
final class ReleasesCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec CommandSpec spec;

  @Mixin FileInputOptions input;

  @Option(
      names = "--year",
      paramLabel = "YYYY",
      description = {"Year of periods written without one (1-6月).", "未写年份的期间所属年份。"})
  Integer year;

  @Mixin ConnectionOptions connection;

  ReleasesCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    return FilePublishing.runCommand(
        "releases",
        ingest -> ingest::parse,
        Records::observation,
        spec,
        context,
        input,
        connection,
        year);
  }
}

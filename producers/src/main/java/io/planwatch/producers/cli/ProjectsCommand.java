package io.planwatch.producers.cli;

import io.planwatch.producers.publish.Records;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code projects FILE…}: publishes project-office reports to {@code projects.updates}. */
@Command(
    name = "projects",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Publish project-office reports (CSV, XLSX, JSON lines) to projects.updates, one"
          + " transaction per file.",
      "发布重大项目进展报告：每个文件一个事务。"
    },
    exitCodeListHeading = "%nExit codes / 退出码:%n",
    exitCodeList = {
      "0:published, or published before / 发布成功",
      "1:a file had invalid rows or its transaction aborted / 数据无效或事务回滚",
      "2:broker or schema registry unreachable / 无法连接 Kafka 或 Schema Registry",
      "64:wrong command line / 命令行错误"
    })
final class ProjectsCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec CommandSpec spec;

  @Mixin FileInputOptions input;

  @Mixin ConnectionOptions connection;

  ProjectsCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    return FilePublishing.runCommand(
        "projects",
        ingest -> ingest::parseProjects,
        Records::projectUpdate,
        spec,
        context,
        input,
        connection,
        null);
  }
}

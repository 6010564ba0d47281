package io.planwatch.producers.cli;

import io.planwatch.domain.catalogue.Catalogue;
import io.planwatch.producers.publish.CatalogueSync;
import io.planwatch.producers.publish.PublishListener;
import io.planwatch.producers.publish.PublishResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code catalogue [--dir DIR]}: brings the reference topics and {@code plan.targets} in line with
 * the plan catalogue, sending only what changed.
 */
@Command(
    name = "catalogue",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Load the plan catalogue (regions, indicators, targets) into reference.regions,"
          + " reference.indicators and plan.targets. Only changes are sent: what is on the"
          + " topics already is left alone, a target removed from the files is deleted"
          + " (tombstone). All changes go in one transaction.",
      "加载规划目标目录：只发送有变化的记录，已删除的目标发送删除标记。"
    },
    exitCodeListHeading = "%nExit codes / 退出码:%n",
    exitCodeList = {
      "0:loaded, or nothing to change / 加载成功或无变化",
      "1:the catalogue has errors or the transaction aborted / 目录有错误或事务回滚",
      "2:broker or schema registry unreachable / 无法连接 Kafka 或 Schema Registry",
      "64:wrong command line / 命令行错误"
    })
final class CatalogueCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec CommandSpec spec;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description = {
        "Catalogue folder (index.yaml, regions.yaml, indicators.yaml, targets/); default: the"
            + " catalogue shipped with planwatch.",
        "目录文件夹（默认使用随附的目录）。"
      })
  Path dir;

  @Option(
      names = "--dry-run",
      description = {"Only say what would change.", "只显示将要变化的内容，不发布。"})
  boolean dryRun;

  @Mixin ConnectionOptions connection;

  CatalogueCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Logging.configure(connection.verbose);
    Catalogue catalogue = CliContext.loadCatalogue(dir, err);
    if (catalogue == null) {
      return ExitCodes.INVALID;
    }
    try (Session session =
        Session.offline(connection, Settings.resolve(connection, context.environment()), out)) {
      long start = System.nanoTime();
      CatalogueSync sync = new CatalogueSync(session.publisher());
      CatalogueSync.Plan plan = sync.plan(catalogue);
      String counts =
          String.format(
              Locale.ROOT,
              "catalogue: %d regions, %d indicators, %d targets; %d to send (%d removed),"
                  + " %d unchanged / 目录：%d个地区，%d个指标，%d个目标；发送%d条（删除%d条），%d条未变",
              catalogue.regions().size(),
              catalogue.indicators().size(),
              catalogue.targets().size(),
              plan.changes().size(),
              plan.removed(),
              plan.unchanged(),
              catalogue.regions().size(),
              catalogue.indicators().size(),
              catalogue.targets().size(),
              plan.changes().size(),
              plan.removed(),
              plan.unchanged());
      out.println(counts);
      if (dryRun) {
        plan.changes()
            .forEach(
                change ->
                    out.println(
                        "  "
                            + change.topic().name()
                            + " "
                            + change.key()
                            + (change.isTombstone() ? " (delete / 删除)" : "")));
        out.flush();
        return ExitCodes.OK;
      }
      PublishResult result = sync.apply(plan, PublishListener.NONE);
      double seconds = (System.nanoTime() - start) / 1e9;
      if (!result.committed()) {
        err.println(
            "catalogue NOT published, transaction aborted: "
                + result.errorMessage().orElse("unknown error")
                + " / 目录发布失败，事务已回滚");
        err.flush();
        return ExitCodes.INVALID;
      }
      registerContracts(session, out);
      out.printf(
          Locale.ROOT,
          "catalogue: published %d records in %.1f s / 已发布%d条，用时%.1f秒%n",
          result.published(),
          seconds,
          result.published(),
          seconds);
      out.flush();
      return ExitCodes.OK;
    }
  }

  /**
   * The value contract of every input topic, so that an outside system (a bureau's own producer
   * with {@code use.latest.version=true} and no auto-registration) can publish first.
   */
  private static void registerContracts(Session session, PrintWriter out) {
    Map<String, Integer> ids =
        session.publisher().registerContracts(session.publisher().config().topics().inputs());
    if (ids.isEmpty()) {
      out.println("contracts: not registered (auto.register.schemas=false) / 未注册数据契约（已关闭自动注册）");
    } else {
      out.println(
          "contracts: "
              + ids.size()
              + " registered "
              + ids.keySet()
              + " / 已注册"
              + ids.size()
              + "个主题的数据契约");
    }
  }
}

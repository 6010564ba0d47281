package io.planwatch.producers.cli;

import io.planwatch.domain.catalogue.Catalogue;
import io.planwatch.producers.publish.PublishResult;
import io.planwatch.producers.simulate.BatchPlayer;
import io.planwatch.producers.simulate.FalseAlarm;
import io.planwatch.producers.simulate.Shock;
import io.planwatch.producers.simulate.SimulationBatch;
import io.planwatch.producers.simulate.SimulationConfig;
import io.planwatch.producers.simulate.SimulationPublisher;
import io.planwatch.producers.simulate.SimulationWriter;
import io.planwatch.producers.simulate.Simulator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code simulate}: makes simulated monthly releases and project reports (see {@link Simulator})
 * and writes them as files or publishes them, one transaction per simulated month.
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Simulate monthly statistics releases and project reports for every catalogue region and"
          + " indicator (marked simulated:seed=N), and write them as release files or publish"
          + " them, one transaction per simulated month. The same seed gives the same data.",
      "生成模拟的月度统计数据和项目进展（标记为模拟数据），写成文件或发布到 Kafka；相同的种子生成相同的数据。"
    },
    exitCodeListHeading = "%nExit codes / 退出码:%n",
    exitCodeList = {
      "0:written or published / 写入或发布成功",
      "1:a transaction aborted, or the catalogue is invalid / 事务回滚或目录无效",
      "2:broker or schema registry unreachable / 无法连接 Kafka 或 Schema Registry",
      "64:wrong command line / 命令行错误"
    })
final class SimulateCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec CommandSpec spec;

  /** Where the simulation goes: files or Kafka. */
  static final class Target {
    @Option(
        names = "--out",
        paramLabel = "DIR",
        description = {
          "Write YYYY-MM-releases.csv and YYYY-MM-projects.csv per simulated month into DIR.",
          "将每个模拟月份的数据文件写入 DIR。"
        })
    Path out;

    @Option(
        names = "--publish",
        description = {
          "Publish to stats.observations and projects.updates, one transaction per month.",
          "发布到 Kafka，每个模拟月份一个事务。"
        })
    boolean publish;
  }

  @ArgGroup(multiplicity = "1")
  Target target;

  @Option(
      names = "--years",
      paramLabel = "YYYY[-YYYY]",
      defaultValue = "2021-2022",
      description = {"Years of monthly releases (default ${DEFAULT-VALUE}).", "模拟的年份。"})
  String years;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "42",
      description = {"Random seed (default ${DEFAULT-VALUE}).", "随机种子。"})
  long seed;

  @Option(
      names = "--history-years",
      paramLabel = "N",
      defaultValue = "1",
      description = {
        "Earlier years published first, at once, as final figures, so that last year's seasonal"
            + " profile is known from the first month (default ${DEFAULT-VALUE}).",
        "先一次性发布的往年数据年数。"
      })
  int historyYears;

  @Option(
      names = "--shock",
      paramLabel = "INDICATOR:REGION:FROM:TO:DEPTH",
      description = {
        "A slump, e.g. industrial_value_added:210100:2022-03:2022-05:0.04 (repeatable; replaces"
            + " the defaults; 'none' for no slump).",
        "设定指标下滑（可重复；none 表示无）。"
      })
  List<String> shocks;

  @Option(
      names = "--false-alarm",
      paramLabel = "INDICATOR:REGION:MONTH:DIP",
      description = {
        "A provisional figure published too low and revised next month, e.g."
            + " retail_sales:210112:2021-05:0.04 (repeatable; replaces the default; 'none').",
        "初步数据偏低、次月修订（可重复；none 表示无）。"
      })
  List<String> falseAlarms;

  @Option(
      names = {"--speed", "--interval"},
      paramLabel = "SECONDS",
      defaultValue = "0",
      description = {
        "Seconds between simulated months (default ${DEFAULT-VALUE}: as fast as possible).",
        "每个模拟月份之间的间隔秒数。"
      })
  double intervalSeconds;

  @Option(
      names = "--force",
      description = {"Publish months that were published before.", "重复发布已发布过的月份。"})
  boolean force;

  @Option(
      names = "--catalogue",
      paramLabel = "DIR",
      description = {"Catalogue folder (default: the shipped catalogue).", "规划目录所在文件夹。"})
  Path catalogueDir;

  @Mixin ConnectionOptions connection;

  SimulateCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Logging.configure(connection.verbose);
    SimulationConfig config = config();
    BatchPlayer player = BatchPlayer.sleeping(interval());
    Catalogue catalogue = CliContext.loadCatalogue(catalogueDir, err);
    if (catalogue == null) {
      return ExitCodes.INVALID;
    }
    Simulator simulator = new Simulator(catalogue, config);
    out.println(
        "simulating "
            + config.firstYear()
            + "-"
            + config.lastYear()
            + ", "
            + simulator.series().size()
            + " series, "
            + simulator.projects().size()
            + " projects, "
            + config.source()
            + " / 模拟数据");
    out.flush();
    if (target.out != null) {
      SimulationWriter writer = new SimulationWriter(catalogue);
      player.play(
          simulator.stream().iterator(),
          batch -> written(batch, writer.write(batch, target.out), out));
      return ExitCodes.OK;
    }
    try (Session session =
        Session.offline(connection, Settings.resolve(connection, context.environment()), out)) {
      SimulationPublisher publisher = new SimulationPublisher(session.publisher(), config, force);
      int[] exit = {ExitCodes.OK};
      player.play(
          simulator.stream().iterator(),
          batch -> {
            long start = System.nanoTime();
            ProgressReporter progress = new ProgressReporter(out, context.terminal(), batch.name());
            PublishResult result = publisher.publish(batch, progress);
            progress.finish();
            out.println(
                FilePublishing.summary(
                    batch.name(), batch.size(), 0, result, System.nanoTime() - start));
            out.flush();
            if (result.outcome() == PublishResult.Outcome.ABORTED) {
              exit[0] = ExitCodes.INVALID;
            }
          });
      return exit[0];
    }
  }

  private static void written(SimulationBatch batch, List<Path> files, PrintWriter out) {
    out.println(
        String.format(
            Locale.ROOT,
            "%s: %,d figures, %,d project reports -> %s / 已写入",
            batch.name(),
            batch.observations().size(),
            batch.projectUpdates().size(),
            files.stream().map(f -> f.getFileName().toString()).collect(Collectors.joining(", "))));
    out.flush();
  }

  private SimulationConfig config() {
    int[] range = years();
    SimulationConfig defaults = SimulationConfig.defaults(seed);
    try {
      return new SimulationConfig(
          range[0],
          range[1],
          historyYears,
          seed,
          parsed(shocks, defaults.shocks(), Shock::parse),
          parsed(falseAlarms, defaults.falseAlarms(), FalseAlarm::parse));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  private int[] years() {
    String[] parts = years.trim().split("-");
    try {
      int first = Integer.parseInt(parts[0].trim());
      int last = parts.length > 1 ? Integer.parseInt(parts[1].trim()) : first;
      if (parts.length > 2) {
        throw new NumberFormatException(years);
      }
      return new int[] {first, last};
    } catch (NumberFormatException e) {
      throw new ParameterException(
          spec.commandLine(),
          "--years '" + years + "': expected YYYY or YYYY-YYYY, e.g. 2021-2022");
    }
  }

  private Duration interval() {
    if (!(intervalSeconds >= 0) || Double.isInfinite(intervalSeconds)) {
      throw new ParameterException(
          spec.commandLine(), "--speed must be a number of seconds from 0: " + intervalSeconds);
    }
    return Duration.ofMillis(Math.round(intervalSeconds * 1000));
  }

  private static <T> List<T> parsed(
      List<String> given, List<T> defaults, Function<String, T> parse) {
    if (given == null || given.isEmpty()) {
      return defaults;
    }
    List<T> values = new ArrayList<>();
    for (String text : given) {
      if (!"none".equalsIgnoreCase(text.trim())) {
        values.add(parse.apply(text));
      }
    }
    return values;
  }
}

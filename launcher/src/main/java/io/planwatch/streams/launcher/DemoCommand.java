package io.planwatch.streams.launcher;

import io.planwatch.domain.catalogue.Catalogue;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./planwatch demo}: the whole pipeline on this machine with simulated monthly releases,
 * alerts printed as they happen. Ctrl-C stops everything; the data folder survives, so the next run
 * resumes where this one stopped.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the whole pipeline on this machine: Kafka (KRaft), schema registry, streams app, API and"
          + " dashboard; publishes the plan catalogue and simulated monthly releases, and prints"
          + " each alert as it happens. Ctrl-C stops; a second run resumes.",
      "在本机运行完整流程:Kafka(KRaft)、模式注册中心、流处理应用、接口与看板;发布规划目录和模拟月度数据,"
          + "实时打印每条预警。按 Ctrl-C 停止;再次运行时从上次位置继续。"
    })
final class DemoCommand implements Callable<Integer> {

  @Option(
      names = "--data-dir",
      defaultValue = "data",
      description = {"Data folder (default ${DEFAULT-VALUE}).", "数据目录。"})
  private Path dataDir;

  @Option(
      names = "--speed",
      defaultValue = "6",
      paramLabel = "SECONDS",
      description = {
        "Seconds each simulated month stays on screen (default ${DEFAULT-VALUE}).",
        "每个模拟月份停留的秒数。"
      })
  private double secondsPerMonth;

  @Option(
      names = "--fast",
      description = {"Replay at full speed.", "全速回放。"})
  private boolean fast;

  @Option(
      names = "--years",
      defaultValue = "2021-2022",
      paramLabel = "FIRST-LAST",
      description = {"Simulated years (default ${DEFAULT-VALUE}).", "模拟年份。"})
  private String years;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = {"Simulation seed (default ${DEFAULT-VALUE}).", "模拟随机种子。"})
  private long seed;

  @Option(
      names = "--exit-when-done",
      description = {
        "Stop once every simulated month is published and processed (for scripts and tests).",
        "所有模拟月份发布并处理完后退出(用于脚本和测试)。"
      })
  private boolean exitWhenDone;

  @Option(names = "--kafka-port", defaultValue = "9092", description = "Kafka port.")
  private int kafkaPort;

  @Option(names = "--registry-port", defaultValue = "8081", description = "Registry port.")
  private int registryPort;

  @Option(names = "--http-port", defaultValue = "8080", description = "API and dashboard port.")
  private int httpPort;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    final PrintWriter out = spec.commandLine().getOut();
    final DemoSettings settings = settings();
    final DemoStack stack = new DemoStack(settings, out);
    final CountDownLatch stopped = new CountDownLatch(1);
    final Thread hook =
        new Thread(
            () -> {
              out.println("Stopping … / 正在停止 …");
              out.flush();
              stack.close();
              stopped.countDown();
            },
            "planwatch-demo-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      stack.start();
    } catch (RuntimeException e) {
      out.println("The demo could not start / 演示无法启动: " + e.getMessage());
      out.flush();
      return Foreground.EXIT_START_FAILED;
    }
    final Catalogue catalogue = Catalogue.loadDefault();
    stack.publishCatalogue(catalogue);
    new SimulationRun(settings, stack, catalogue, out).run();
    // A resumed demo publishes nothing new, but the app may still be working off what the last
    // run left: "finished" only once it has caught up.
    if (!new CatchUpWait(stack::appHealth, out).await()) {
      out.println("The streams app failed / 流处理应用出错: " + stack.appHealth().error().orElse(""));
      out.flush();
      Runtime.getRuntime().removeShutdownHook(hook);
      stack.close();
      return Foreground.EXIT_START_FAILED;
    }
    if (exitWhenDone) {
      stack.console().awaitQuiet(Duration.ofSeconds(10), Duration.ofMinutes(5));
      out.println("Simulation finished, the app has caught up / 模拟结束,应用已处理完毕");
      out.flush();
      Runtime.getRuntime().removeShutdownHook(hook);
      stack.close();
      return 0;
    }
    out.printf(
        "Simulation finished. API and dashboard: http://localhost:%d — Ctrl-C stops / 模拟结束,"
            + "按 Ctrl-C 停止%n",
        stack.httpPort());
    out.flush();
    stopped.await();
    return 0;
  }

  private DemoSettings settings() {
    final String[] span = years.split("-", 2);
    final int first = Integer.parseInt(span[0].trim());
    final int last = span.length > 1 ? Integer.parseInt(span[1].trim()) : first;
    final Duration pause =
        fast ? Duration.ZERO : Duration.ofMillis(Math.round(secondsPerMonth * 1000));
    return new DemoSettings(dataDir, kafkaPort, registryPort, httpPort, pause, first, last, seed);
  }
}

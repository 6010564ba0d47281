package io.planwatch.streams.launcher;

import io.planwatch.embedded.EmbeddedKafkaBroker;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code planwatch broker}: one real Kafka broker (KRaft) on this machine until Ctrl-C. */
@Command(
    name = "broker",
    mixinStandardHelpOptions = true,
    description = {
      "Runs a real Apache Kafka broker in KRaft mode on this machine until Ctrl-C.",
      "在本机运行一个 KRaft 模式的 Apache Kafka 代理,按 Ctrl-C 停止。"
    })
final class BrokerCommand implements Callable<Integer> {

  @Option(
      names = "--port",
      defaultValue = "9092",
      description = {"Kafka listener port (default ${DEFAULT-VALUE}).", "Kafka 监听端口。"})
  private int port;

  @Option(
      names = "--data-dir",
      defaultValue = "data/kafka",
      description = {
        "Log and metadata folder; formatted on first run, reused after (default ${DEFAULT-VALUE}).",
        "数据目录;首次运行时格式化,之后复用。"
      })
  private Path dataDir;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    final EmbeddedKafkaBroker broker =
        EmbeddedKafkaBroker.builder().port(port).dataDir(dataDir).build();
    return Foreground.run(
        spec.commandLine().getOut(),
        () -> {
          broker.start();
          return "Kafka broker on "
              + broker.bootstrapServers()
              + " (data "
              + broker.dataDir()
              + ") / Kafka 代理已就绪";
        },
        broker::close);
  }
}

package io.planwatch.streams.launcher;

import io.planwatch.registry.server.RegistryServerOptions;
import io.planwatch.registry.server.SchemaRegistryServer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code planwatch registry}: the one-machine schema registry (Confluent REST API) until Ctrl-C.
 */
@Command(
    name = "registry",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the embedded schema registry (Confluent Schema Registry REST API) until Ctrl-C.",
      "运行内置的模式注册中心(兼容 Confluent Schema Registry REST 接口),按 Ctrl-C 停止。"
    })
final class RegistryCommand implements Callable<Integer> {

  @Option(
      names = "--port",
      defaultValue = "8081",
      description = {"HTTP port (default ${DEFAULT-VALUE}).", "HTTP 端口。"})
  private int port;

  @Option(
      names = "--basic-auth",
      paramLabel = "USER:PASSWORD",
      description = {"Require HTTP basic auth.", "要求 HTTP 基本认证。"})
  private String basicAuth;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = {
        "Keep schemas in this folder so ids survive a restart (default: in memory).",
        "将模式保存在此目录,重启后编号不变(默认仅在内存中)。"
      })
  private Path dataDir;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    final SchemaRegistryServer server =
        new SchemaRegistryServer(new RegistryServerOptions(port, basicAuth, dataDir));
    return Foreground.run(
        spec.commandLine().getOut(),
        () -> "Schema registry on " + server.start().url() + " / 模式注册中心已就绪",
        server::close);
  }
}

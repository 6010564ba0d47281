package io.planwatch.streams.launcher;

import io.planwatch.registry.server.RegistryServerMain;
import io.planwatch.registry.server.RegistryServerOptions;
import io.planwatch.registry.server.SchemaRegistryServer;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code planwatch registry}: the one-machine schema registry (Confluent REST API) until Ctrl-C,
 * over HTTP or HTTPS, open or with users (the same server and options as {@code
 * RegistryServerMain}).
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
      names = "--users-file",
      paramLabel = "FILE",
      description = {
        "Let in only the users of this file (name:pbkdf2-sha256:… lines, see docs/operations.md).",
        "仅允许此文件中的用户访问(每行 name:pbkdf2-sha256:…,见 docs/operations.md)。"
      })
  private Path usersFile;

  @Option(
      names = "--tls-keystore",
      paramLabel = "FILE.p12",
      description = {
        "Serve HTTPS with this PKCS12 key store; its password is read from "
            + RegistryServerMain.ENV_KEYSTORE_PASSWORD
            + ".",
        "使用此 PKCS12 密钥库提供 HTTPS;密码取自环境变量 " + RegistryServerMain.ENV_KEYSTORE_PASSWORD + "。"
      })
  private Path keyStore;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = {
        "Keep schemas in this folder so ids survive a restart (default: in memory).",
        "将模式保存在此目录,重启后编号不变(默认仅在内存中)。"
      })
  private Path dataDir;

  @Spec private CommandSpec spec;

  private final Map<String, String> environment;

  RegistryCommand() {
    this(System.getenv());
  }

  RegistryCommand(final Map<String, String> environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws InterruptedException {
    final SchemaRegistryServer server = new SchemaRegistryServer(options());
    return Foreground.run(
        spec.commandLine().getOut(),
        () -> "Schema registry on " + server.start().url() + " / 模式注册中心已就绪",
        server::close);
  }

  /** The server's options; a combination the server refuses is a usage error, not a crash. */
  RegistryServerOptions options() {
    try {
      RegistryServerOptions options = new RegistryServerOptions(port, basicAuth, dataDir);
      if (usersFile != null) {
        options = options.withUsersFile(usersFile);
      }
      if (keyStore != null) {
        final String password = environment.get(RegistryServerMain.ENV_KEYSTORE_PASSWORD);
        if (password == null) {
          throw new IllegalArgumentException(
              "--tls-keystore needs the key store's password in "
                  + RegistryServerMain.ENV_KEYSTORE_PASSWORD
                  + " / 需要在环境变量 "
                  + RegistryServerMain.ENV_KEYSTORE_PASSWORD
                  + " 中提供密钥库密码");
        }
        options = options.withTls(keyStore, password);
      }
      return options;
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}

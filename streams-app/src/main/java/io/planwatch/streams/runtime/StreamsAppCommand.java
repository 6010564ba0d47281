package io.planwatch.streams.runtime;

import io.planwatch.streams.config.AppConfig;
import io.planwatch.streams.config.AppConfigLoader;
import io.planwatch.streams.config.ConfigException;
import io.planwatch.streams.config.ConfigKey;
import io.planwatch.streams.config.ConfigLayer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The command line of the streams app: reads the configuration (defaults, {@code --config} file,
 * {@code PLANWATCH_*} environment, options), builds the app, registers its close as a shutdown hook
 * (SIGTERM), runs until the app is closed or fails, closes it, and returns the exit code. {@code
 * main} only adds the topology, the real environment and the real shutdown hook, then exits with
 * the returned code.
 */
@Command(
    name = "planwatch-streams",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the planwatch streams app: pace, alerts, REST API, health and metrics.",
      "运行 planwatch 流处理应用:进度、预警、REST 接口、健康检查与监控指标。"
    })
public final class StreamsAppCommand implements Callable<Integer> {

  /** Exit code when the configuration is invalid. */
  public static final int EXIT_CONFIG = 2;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = {
        "Settings file (.properties or .yaml); also PLANWATCH_CONFIG.",
        "配置文件(.properties 或 .yaml);也可用环境变量 PLANWATCH_CONFIG。"
      })
  private Path configFile;

  @Option(
      names = "--http-port",
      paramLabel = "PORT",
      description = {"HTTP port, 0 = any free port.", "HTTP 端口,0 表示任意空闲端口。"})
  private Integer httpPort;

  @Option(
      names = "--bootstrap-servers",
      paramLabel = "HOST:PORT,…",
      description = {"Kafka bootstrap servers.", "Kafka 引导服务器地址。"})
  private String bootstrapServers;

  @Option(
      names = "--application-server",
      paramLabel = "HOST:PORT",
      description = {"Where other instances reach this one for queries.", "其他实例访问本实例进行交互式查询的地址。"})
  private String applicationServer;

  @Option(
      names = "--reset-local-state",
      description = {
        "Delete local state before starting; stores are rebuilt from their changelogs.",
        "启动前删除本地状态,从变更日志重建状态存储。"
      })
  private boolean resetLocalState;

  @Spec private CommandSpec spec;

  private final Function<AppConfig, StreamsApp> appFactory;
  private final Map<String, String> environment;
  private final Consumer<Runnable> shutdownHooks;

  /**
   * @param appFactory builds the app from the loaded configuration, e.g. {@code config ->
   *     StreamsApp.builder(config, topologyFactory).build()}
   * @param environment {@code System.getenv()} in {@code main}
   * @param shutdownHooks registers a JVM shutdown hook in {@code main}
   */
  public StreamsAppCommand(
      final Function<AppConfig, StreamsApp> appFactory,
      final Map<String, String> environment,
      final Consumer<Runnable> shutdownHooks) {
    this.appFactory = appFactory;
    this.environment = Map.copyOf(environment);
    this.shutdownHooks = shutdownHooks;
  }

  @Override
  public Integer call() throws InterruptedException {
    final AppConfig config;
    try {
      config = loadConfig();
    } catch (final ConfigException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return EXIT_CONFIG;
    }
    final StreamsApp app = appFactory.apply(config);
    shutdownHooks.accept(app::close);
    try {
      if (resetLocalState) {
        app.resetLocalState();
      }
      app.start();
      return app.awaitTermination();
    } finally {
      app.close();
    }
  }

  /** The configuration the parsed options, environment and file give. */
  AppConfig loadConfig() {
    return AppConfigLoader.load(configFile(), environment, overrides());
  }

  private Optional<Path> configFile() {
    return Optional.ofNullable(configFile)
        .or(() -> Optional.ofNullable(environment.get(ConfigLayer.CONFIG_FILE_ENV)).map(Path::of));
  }

  private Map<String, String> overrides() {
    final Map<String, String> overrides = new LinkedHashMap<>();
    if (httpPort != null) {
      overrides.put(ConfigKey.HTTP_PORT.key(), httpPort.toString());
    }
    if (bootstrapServers != null) {
      overrides.put(ConfigKey.BOOTSTRAP_SERVERS.key(), bootstrapServers);
    }
    if (applicationServer != null) {
      overrides.put(ConfigKey.APPLICATION_SERVER.key(), applicationServer);
    }
    return overrides;
  }
}

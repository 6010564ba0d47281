package io.planwatch.streams.runtime;

import io.planwatch.streams.config.AppConfig;
import io.planwatch.streams.query.QueryApi;
import io.planwatch.streams.web.Dashboard;
import java.util.Map;
import java.util.function.Consumer;
import picocli.CommandLine;

/** {@code main} of the streams app: the pace topology, the real environment and shutdown hook. */
public final class StreamsMain {
  private StreamsMain() {}

  /** The command running the pace topology; a launcher may embed it as a subcommand. */
  public static StreamsAppCommand command(
      final Map<String, String> environment, final Consumer<Runnable> shutdownHooks) {
    return new StreamsAppCommand(StreamsMain::app, environment, shutdownHooks);
  }

  /** The app running the pace topology, as {@code app} and the demo both run it. */
  public static StreamsApp app(final AppConfig config) {
    return StreamsApp.builder(config, new PaceTopologyFactory())
        .routes(streams -> QueryApi.start(config, streams))
        .routes(streams -> Dashboard.start(config, streams))
        .build();
  }

  public static void main(final String[] args) {
    final StreamsAppCommand command =
        command(System.getenv(), hook -> Runtime.getRuntime().addShutdownHook(new Thread(hook)));
    System.exit(new CommandLine(command).execute(args));
  }
}

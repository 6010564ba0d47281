package io.planwatch.streams.runtime;

import java.util.Map;
import java.util.function.Consumer;
import picocli.CommandLine;

/** {@code main} of the streams app: the pace topology, the real environment and shutdown hook. */
public final class StreamsMain {
  private StreamsMain() {}

  /** The command running the pace topology; a launcher may embed it as a subcommand. */
  public static StreamsAppCommand command(
      final Map<String, String> environment, final Consumer<Runnable> shutdownHooks) {
    final TopologyFactory topology = new PaceTopologyFactory();
    return new StreamsAppCommand(
        config -> StreamsApp.builder(config, topology).build(), environment, shutdownHooks);
  }

  public static void main(final String[] args) {
    final StreamsAppCommand command =
        command(System.getenv(), hook -> Runtime.getRuntime().addShutdownHook(new Thread(hook)));
    System.exit(new CommandLine(command).execute(args));
  }
}

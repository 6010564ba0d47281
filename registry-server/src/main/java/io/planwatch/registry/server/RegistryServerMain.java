package io.planwatch.registry.server;

import io.planwatch.registry.store.RegistryStorageException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the registry server alone: {@code RegistryServerMain [--port 8081] [--basic-auth
 * user:password] [--data-dir DIR]}. With {@code --data-dir} the schemas survive a restart (see
 * {@link SchemaRegistryServer}); without it they live in memory. Stops on Ctrl-C / SIGTERM; exits 1
 * when the data directory or the port cannot be used, 2 on bad arguments.
 */
public final class RegistryServerMain {
  private static final String USAGE =
      "usage: RegistryServerMain [--port 8081] [--basic-auth user:password] [--data-dir DIR]";

  private RegistryServerMain() {}

  public static void main(String[] args) throws InterruptedException {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    RegistryServerOptions options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(USAGE);
      System.exit(2);
      return;
    }
    SchemaRegistryServer server;
    try {
      server = new SchemaRegistryServer(options).start();
    } catch (RegistryStorageException | UncheckedIOException e) {
      err.println("schema registry cannot start / 无法启动: " + e.getMessage());
      System.exit(1);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                },
                "schema-registry-shutdown"));
    out.println("schema registry on " + server.url() + " (Ctrl-C to stop)");
    stopped.await();
  }

  static RegistryServerOptions parse(String[] args) {
    int port = RegistryServerOptions.DEFAULT_PORT;
    String auth = null;
    Path dataDirectory = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value after " + arg);
      }
      switch (arg) {
        case "--port" -> port = parsePort(args[++i]);
        case "--basic-auth" -> auth = args[++i];
        case "--data-dir" -> dataDirectory = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + arg);
      }
    }
    return new RegistryServerOptions(port, auth, dataDirectory);
  }

  private static int parsePort(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--port needs a number, got '" + text + "'", e);
    }
  }
}

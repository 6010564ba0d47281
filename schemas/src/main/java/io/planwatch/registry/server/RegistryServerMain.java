package io.planwatch.registry.server;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the registry server alone: {@code RegistryServerMain [--port 8081] [--basic-auth
 * user:password]}. Stops on Ctrl-C / SIGTERM.
 */
public final class RegistryServerMain {
  private RegistryServerMain() {}

  public static void main(String[] args) throws InterruptedException {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    RegistryServerOptions options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println("usage: RegistryServerMain [--port 8081] [--basic-auth user:password]");
      System.exit(2);
      return;
    }
    SchemaRegistryServer server = new SchemaRegistryServer(options).start();
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
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value after " + arg);
      }
      switch (arg) {
        case "--port" -> port = parsePort(args[++i]);
        case "--basic-auth" -> auth = args[++i];
        default -> throw new IllegalArgumentException("unknown option " + arg);
      }
    }
    return new RegistryServerOptions(port, auth);
  }

  private static int parsePort(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--port needs a number, got '" + text + "'", e);
    }
  }
}

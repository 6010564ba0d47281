package io.planwatch.registry.server;

import io.planwatch.registry.store.RegistryStorageException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the registry server alone: {@code RegistryServerMain [--port 8081] [--basic-auth
 * user:password | --users-file FILE] [--tls-keystore FILE.p12] [--data-dir DIR]}. With {@code
 * --data-dir} the schemas survive a restart (see {@link SchemaRegistryServer}); without it they
 * live in memory. With {@code --tls-keystore} it speaks HTTPS only; the key store's password comes
 * from the environment variable {@value #ENV_KEYSTORE_PASSWORD}, never from the command line. With
 * {@code --users-file} only the users of that file ({@link RegistryUsers}) get in.
 *
 * <p>{@code RegistryServerMain --hash-password NAME} reads a password from standard input and
 * prints the users-file line for it. Stops on Ctrl-C / SIGTERM; exits 1 when the data directory,
 * the port, the key store or the users file cannot be used, 2 on bad arguments.
 */
public final class RegistryServerMain {
  /** The environment variable holding the password of {@code --tls-keystore}. */
  public static final String ENV_KEYSTORE_PASSWORD = "PLANWATCH_REGISTRY_KEYSTORE_PASSWORD";

  private static final String USAGE =
      "usage: RegistryServerMain [--port 8081] [--basic-auth user:password | --users-file FILE]"
          + " [--tls-keystore FILE.p12 (password in "
          + ENV_KEYSTORE_PASSWORD
          + ")] [--data-dir DIR]\n"
          + "       RegistryServerMain --hash-password NAME   (password on standard input)";

  private RegistryServerMain() {}

  public static void main(String[] args) throws InterruptedException {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    if (args.length == 2 && "--hash-password".equals(args[0])) {
      System.exit(hashPassword(args[1], out, err));
      return;
    }
    RegistryServerOptions options;
    try {
      options = parse(args, System.getenv());
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(USAGE);
      System.exit(2);
      return;
    }
    SchemaRegistryServer server;
    try {
      server = new SchemaRegistryServer(options).start();
    } catch (RegistryStorageException | UncheckedIOException | IllegalArgumentException e) {
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

  /** Without a key store password in the environment. */
  static RegistryServerOptions parse(String[] args) {
    return parse(args, Map.of());
  }

  static RegistryServerOptions parse(String[] args, Map<String, String> env) {
    int port = RegistryServerOptions.DEFAULT_PORT;
    String auth = null;
    Path dataDirectory = null;
    Path keyStore = null;
    Path usersFile = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value after " + arg);
      }
      switch (arg) {
        case "--port" -> port = parsePort(args[++i]);
        case "--basic-auth" -> auth = args[++i];
        case "--data-dir" -> dataDirectory = Path.of(args[++i]);
        case "--tls-keystore" -> keyStore = Path.of(args[++i]);
        case "--users-file" -> usersFile = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + arg);
      }
    }
    String keyStorePassword = env.get(ENV_KEYSTORE_PASSWORD);
    if (keyStore != null && keyStorePassword == null) {
      throw new IllegalArgumentException(
          "--tls-keystore needs the key store's password in " + ENV_KEYSTORE_PASSWORD);
    }
    return new RegistryServerOptions(
        port, auth, dataDirectory, keyStore, keyStore == null ? null : keyStorePassword, usersFile);
  }

  private static int hashPassword(String name, PrintWriter out, PrintWriter err) {
    try {
      String password =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      if (password == null || password.isEmpty()) {
        err.println("no password on standard input / 标准输入中没有密码");
        return 2;
      }
      out.println(RegistryUsers.line(name, password));
      return 0;
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println("cannot read standard input: " + e.getMessage());
      return 1;
    }
  }

  private static int parsePort(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--port needs a number, got '" + text + "'", e);
    }
  }
}

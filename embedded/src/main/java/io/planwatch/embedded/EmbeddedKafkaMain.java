package io.planwatch.embedded;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one {@link EmbeddedKafkaBroker} until Ctrl-C.
 *
 * <pre>
 * EmbeddedKafkaMain [--port 9092] [--controller-port 0] [--data-dir data/kafka]
 * </pre>
 *
 * <p>The data directory is formatted on the first run and reused on the next, so topics and records
 * survive a restart. Exits 2 on bad arguments and 1 if the broker cannot start.
 */
public final class EmbeddedKafkaMain {
  /** Logback configuration used when the caller has not chosen one: Kafka at WARN. */
  private static final String LOGBACK_CONFIG = "planwatch-embedded-logback.xml";

  private EmbeddedKafkaMain() {}

  /**
   * Starts the broker and blocks until the JVM is asked to stop.
   *
   * @param args {@code --port N}, {@code --controller-port N}, {@code --data-dir PATH}
   */
  public static void main(String[] args) throws InterruptedException {
    if (System.getProperty("logback.configurationFile") == null
        && EmbeddedKafkaMain.class.getClassLoader().getResource(LOGBACK_CONFIG) != null) {
      System.setProperty("logback.configurationFile", LOGBACK_CONFIG);
    }
    Logger log = LoggerFactory.getLogger(EmbeddedKafkaMain.class);
    EmbeddedKafkaBroker broker;
    try {
      broker = parse(args).build();
    } catch (IllegalArgumentException e) {
      log.error("{}\nUsage / 用法: {}", e.getMessage(), usage());
      System.exit(2);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  broker.close();
                  stopped.countDown();
                },
                "embedded-kafka-shutdown-hook"));
    try {
      broker.start();
    } catch (RuntimeException e) {
      log.error("Kafka broker could not start / Kafka 代理启动失败: {}", e.getMessage(), e);
      System.exit(1);
      return;
    }
    log.warn(
        "Kafka broker ready on {} (data {}); Ctrl-C stops it / Kafka 代理已就绪,按 Ctrl-C 停止",
        broker.bootstrapServers(),
        broker.dataDir());
    stopped.await();
  }

  static EmbeddedKafkaBroker.Builder parse(String[] args) {
    EmbeddedKafkaBroker.Builder builder =
        EmbeddedKafkaBroker.builder().port(9092).dataDir(Path.of("data", "kafka"));
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("Missing value after " + option);
      }
      String value = args[++i];
      switch (option) {
        case "--port" -> builder.port(parsePort(option, value));
        case "--controller-port" -> builder.controllerPort(parsePort(option, value));
        case "--data-dir" -> builder.dataDir(Path.of(value));
        default -> throw new IllegalArgumentException("Unknown option " + option);
      }
    }
    return builder;
  }

  private static int parsePort(String option, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a port number, got '" + value + "'", e);
    }
  }

  private static String usage() {
    return "EmbeddedKafkaMain [--port 9092] [--controller-port 0] [--data-dir data/kafka]";
  }
}

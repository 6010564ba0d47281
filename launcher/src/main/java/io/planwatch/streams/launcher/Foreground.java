package io.planwatch.streams.launcher;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/** Runs a started service in the foreground until the JVM is asked to stop (Ctrl-C, SIGTERM). */
final class Foreground {

  /** Exit code when the service could not start. */
  static final int EXIT_START_FAILED = 1;

  private Foreground() {}

  /**
   * Starts the service, prints its ready line, and blocks until shutdown; then stops it.
   *
   * @param out where the ready line goes
   * @param start starts the service and returns the line to print
   * @param stop stops the service; called once, from the shutdown hook
   * @return the exit code
   */
  static int run(PrintWriter out, Supplier<String> start, Runnable stop)
      throws InterruptedException {
    final CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stop.run();
                  stopped.countDown();
                },
                "planwatch-shutdown"));
    final String ready;
    try {
      ready = start.get();
    } catch (RuntimeException e) {
      out.println("Could not start / 启动失败: " + e.getMessage());
      out.flush();
      return EXIT_START_FAILED;
    }
    out.println(ready);
    out.println("Ctrl-C stops it / 按 Ctrl-C 停止");
    out.flush();
    stopped.await();
    return 0;
  }
}

package io.planwatch.streams.launcher;

import picocli.CommandLine.Option;

/** {@code -v/--verbose} of the launcher's commands (not {@code produce}, which has its own). */
final class VerboseOption {
  @Option(
      names = {"-v", "--verbose"},
      description = {
        "Also show on standard error what goes to the log file (Kafka's warnings, progress).",
        "在标准错误输出中同时显示写入日志文件的内容(Kafka 警告、进度)。"
      })
  void verbose(final boolean on) {
    if (on) {
      LauncherLogging.verbose();
    }
  }
}

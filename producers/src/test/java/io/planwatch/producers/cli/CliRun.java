package io.planwatch.producers.cli;

import io.planwatch.producers.ingest.normalize.DateTimes;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Runs the command line in this JVM, as {@link Main} would, and keeps what it printed. */
record CliRun(int exitCode, String out, String err) {
  /** 2022-07-20 10:00 in Shanghai: the June 2022 fixtures are out, August is in the future. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2022-07-20T02:00:00Z"), DateTimes.SHANGHAI);

  static CliRun run(Map<String, String> env, String... args) {
    return run(new CliContext(env, false, CLOCK), args);
  }

  /** {@code simulate} of the year 2021 alone (no history years) into {@code out}, offline. */
  static CliRun simulate2021(Path out, String... options) {
    List<String> args = new ArrayList<>(List.of("simulate", "--years", "2021"));
    args.addAll(List.of("--history-years", "0"));
    args.addAll(List.of(options));
    args.addAll(List.of("--out", out.toString()));
    return run(Map.of(), args.toArray(String[]::new));
  }

  static CliRun run(CliContext context, String... args) {
    CommandLine line = ProducersCommand.commandLine(context);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    int exit = line.execute(args);
    return new CliRun(exit, out.toString(), err.toString());
  }

  List<String> errLines() {
    return err.lines().toList();
  }

  List<String> outLines() {
    return out.lines().toList();
  }
}

package io.planwatch.producers.cli;

import io.planwatch.producers.ingest.columns.ColumnDocs;
import io.planwatch.producers.ingest.columns.ObservationColumns;
import io.planwatch.producers.ingest.columns.ProjectColumns;
import io.planwatch.producers.ingest.normalize.NumberParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;

/**
 * Renders docs/cli-producers.md from the commands' own usage help, so the reference cannot drift
 * from the code ({@code CliReferenceTest} compares). Regenerate from the repository root with
 * {@code ./mvnw -B -q -pl producers test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.planwatch.producers.cli.CliReference}.
 */
final class CliReference {
  /** From the producers module's folder, where the build runs tests. */
  static final Path FILE = Path.of("..", "docs", "cli-producers.md");

  private CliReference() {}

  static String render() {
    CommandLine root =
        ProducersCommand.commandLine(new CliContext(Map.of(), false, Clock.systemUTC()));
    StringBuilder text = new StringBuilder();
    text.append("# planwatch-producers: command-line reference\n\n")
        .append("<!-- Generated from the picocli usage help by CliReference (producers tests);")
        .append(" CliReferenceTest fails when this file is out of date. -->\n\n")
        .append("Run it as `java -jar producers/target/planwatch-producers.jar COMMAND …`")
        .append(" (built by `./mvnw -B -q -pl producers -am package`).\n\n")
        .append("Settings are layered: built-in defaults, then the `--config` properties file,")
        .append(
            " then environment variables, then options. Environment: `PLANWATCH_BOOTSTRAP_SERVERS`,")
        .append(" `PLANWATCH_SCHEMA_REGISTRY_URL`, `PLANWATCH_SCHEMA_REGISTRY_USER_INFO`,")
        .append(" `PLANWATCH_TOPIC_PREFIX`, and `PLANWATCH_KAFKA_<PROP>` for any Kafka client")
        .append(" setting given to every client (`PLANWATCH_KAFKA_SECURITY_PROTOCOL=SASL_SSL` →")
        .append(
            " `security.protocol`, `PLANWATCH_KAFKA_SASL_JAAS_CONFIG` → `sasl.jaas.config`).\n\n")
        .append("设置的优先级：默认值 < `--config` 配置文件 < 环境变量 < 命令行选项。\n\n")
        .append("How publishing works / 发布方式:\n\n")
        .append("- A file with any invalid row is not published (exit code 1) unless")
        .append(" `--skip-invalid`, which publishes the valid rows and writes")
        .append(" `<file>.rejected.csv`. Rows are validated as they are read (a CSV file is")
        .append(" parsed ahead on a thread of its own), and each valid row is serialized (Avro,")
        .append(" Confluent wire format) and sent in the file's transaction on a send thread while")
        .append(" the rest of the file is still being read. The first invalid row")
        .append(" stops the sending and aborts the transaction, so `read_committed` consumers see")
        .append(" nothing of the file; reading goes on to report every bad row.\n")
        .append("- Each file is published in one Kafka transaction (idempotent producer,")
        .append(" `acks=all`, `transactional.id` = `planwatch-producers-<command>-<digest>`):")
        .append(" `read_committed` consumers see all of it or nothing.\n")
        .append("- The publish ledger, a compacted topic `<prefix>producers.ledger` written in the")
        .append(" same transaction, remembers every committed file by the SHA-256 of its bytes and")
        .append(" reading options: publishing the same file again sends nothing (`--force` sends")
        .append(" it anyway; release id and revision keep that harmless downstream).\n")
        .append("- `catalogue` reads the compacted reference topics back and sends only what")
        .append(" changed, with a tombstone for each region, indicator or target no longer in the")
        .append(" files.\n")
        .append("- The broker and the registry are checked before anything is read; when one")
        .append(" cannot be reached, one line names its address and what to check (exit code 2;")
        .append(" `--verbose` adds the stack trace).\n");
    section(text, "planwatch-producers", root);
    columns(text);
    for (Map.Entry<String, CommandLine> sub : root.getSubcommands().entrySet()) {
      if (!"help".equals(sub.getKey())) {
        section(text, "planwatch-producers " + sub.getKey(), sub.getValue());
      }
    }
    return text.toString();
  }

  /** The column mapping of release and project files, from the tables the readers use. */
  private static void columns(StringBuilder text) {
    text.append("\n## Columns of release files / 统计数据文件的列\n\n")
        .append("Headers are matched after Unicode (NFKC) normalisation, ignoring case and a unit")
        .append(" in brackets, with blanks and hyphens read as underscores; title rows above the")
        .append(" header and note rows below the data are skipped; other columns are reported as")
        .append(" ignored.\n\n")
        .append(ColumnDocs.markdown(ObservationColumns.ALL))
        .append("\n## Columns of project reports / 项目进展文件的列\n\n")
        .append(ColumnDocs.markdown(ProjectColumns.ALL))
        .append("\n## Numbers / 数值\n\n")
        .append("Every number cell of every format (figures, investments, revisions, UNIT_MULT)")
        .append(" is read by one rule; a cell it refuses is that row's error, with file, line,")
        .append(" column, value and reason, and the other rows are still checked and reported.\n\n")
        .append(NumberParser.RULES);
  }

  private static void section(StringBuilder text, String title, CommandLine command) {
    text.append("\n## ")
        .append(title)
        .append("\n\n```text\n")
        .append(command.getUsageMessage(CommandLine.Help.Ansi.OFF).stripTrailing())
        .append("\n```\n");
  }

  /** Writes the reference. */
  public static void main(String[] args) throws IOException {
    Path target = args.length > 0 ? Path.of(args[0]) : Path.of("docs", "cli-producers.md");
    Files.writeString(target, render(), StandardCharsets.UTF_8);
  }
}

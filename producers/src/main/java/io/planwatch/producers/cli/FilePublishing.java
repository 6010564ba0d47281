package io.planwatch.producers.cli;

import io.planwatch.domain.catalogue.Catalogue;
import io.planwatch.producers.ingest.CatalogueReferenceData;
import io.planwatch.producers.ingest.IngestOptions;
import io.planwatch.producers.ingest.IngestService;
import io.planwatch.producers.ingest.ParsedFile;
import io.planwatch.producers.ingest.RecordSink;
import io.planwatch.producers.ingest.RejectReport;
import io.planwatch.producers.ingest.ReleaseIds;
import io.planwatch.producers.publish.Batch;
import io.planwatch.producers.publish.OpenBatch;
import io.planwatch.producers.publish.Outgoing;
import io.planwatch.producers.publish.PublishResult;
import io.planwatch.producers.publish.Publisher;
import io.planwatch.producers.publish.SendStage;
import io.planwatch.topics.Topics;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The shared flow of {@code releases} and {@code projects}: for each file, read and validate it,
 * report bad rows, and publish it in its own transaction, once (the ledger remembers it).
 *
 * @param <T> the domain record the files hold
 */
final class FilePublishing<T> {
  private static final String INVALID_ROWS = "the file has invalid rows / 文件含有无效行";

  /** Reads one file's bytes, handing the records of valid rows to the sink as they are read. */
  interface Reader<T> {
    ParsedFile<T> read(Path file, byte[] bytes, IngestOptions options, RecordSink<? super T> sink)
        throws IOException;
  }

  private final String command;
  private final Reader<T> reader;
  private final BiFunction<Topics, T, Outgoing> toRecord;
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean terminal;

  FilePublishing(
      String command,
      Reader<T> reader,
      BiFunction<Topics, T, Outgoing> toRecord,
      PrintWriter out,
      PrintWriter err,
      boolean terminal) {
    this.command = command;
    this.reader = reader;
    this.toRecord = toRecord;
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  /**
   * The whole of a file command ({@code releases}, {@code projects}): load the catalogue, open the
   * session, then read and publish every file of {@code input}.
   *
   * @param readerOf the reader of the command's files, given the catalogue's ingest service
   * @param year the year of periods written without one, or null
   * @return the exit code
   */
  static <T> int runCommand(
      String command,
      Function<IngestService, Reader<T>> readerOf,
      BiFunction<Topics, T, Outgoing> toRecord,
      CommandSpec spec,
      CliContext context,
      FileInputOptions input,
      ConnectionOptions connection,
      Integer year)
      throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Logging.configure(connection.verbose);
    Catalogue catalogue = CliContext.loadCatalogue(input.catalogueDir, err);
    if (catalogue == null) {
      return ExitCodes.INVALID;
    }
    IngestService ingest = new IngestService(new CatalogueReferenceData(catalogue));
    try (Session session =
        Session.offline(connection, Settings.resolve(connection, context.environment()), out)) {
      session.publisher();
      FilePublishing<T> publishing =
          new FilePublishing<>(
              command, readerOf.apply(ingest), toRecord, out, err, context.terminal());
      return publishing.run(
          input.files, input.ingestOptions(context.clock(), year), input.force, session);
    }
  }

  /** Publishes every file; returns the exit code (the worst of all files). */
  int run(List<Path> files, IngestOptions options, boolean force, Session session)
      throws IOException {
    Publisher publisher = session.publisher();
    int exit = ExitCodes.OK;
    for (Path file : files) {
      exit = Math.max(exit, publishFile(file, options, force, session, publisher));
    }
    return exit;
  }

  private int publishFile(
      Path file, IngestOptions options, boolean force, Session session, Publisher publisher)
      throws IOException {
    long start = System.nanoTime();
    String name = file.getFileName().toString();
    if (!Files.isRegularFile(file)) {
      err.println(name + ": no such file / 文件不存在: " + file);
      err.flush();
      return ExitCodes.INVALID;
    }
    // The file is read and hashed once: for the batch's identity, its derived release id and
    // the rows.
    byte[] bytes = Files.readAllBytes(file);
    Digests digests = digests(bytes, options);
    IngestOptions read =
        options.releaseId() != null
            ? options
            : options.withReleaseId(ReleaseIds.fromContentHash(name, digests.content()));
    Batch batch = Batch.ofFile(command, digests.batch(), name, List.of());
    if (!force && publisher.publishedBefore(batch)) {
      // Read all the same, so that the report and the summary are those of the first run.
      ParsedFile<T> parsed = reader.read(file, bytes, read, RecordSink.discarding());
      session.metrics().skipped(parsed.recordCount());
      if (!report(parsed, session)) {
        return ExitCodes.INVALID;
      }
      return finish(name, parsed, PublishResult.alreadyPublished(batch), start);
    }
    // Each valid row is sent in the file's transaction as soon as it is validated, while the rest
    // of the file is still being read: mapped, serialized and sent on a thread of its own, so that
    // sending overlaps validating. The first rejected row stops the sending and aborts the
    // transaction (unless invalid rows are skipped), so read_committed consumers see all of a
    // valid file or nothing; reading goes on, to report every bad row.
    Topics topics = publisher.config().topics();
    boolean skipInvalid = read.skipInvalid();
    ProgressReporter progress = new ProgressReporter(out, terminal, name);
    try (OpenBatch open =
            publisher.begin(batch, IngestService.expectedRows(file, bytes, read), progress);
        SendStage<T> sending =
            SendStage.start(
                "planwatch-send",
                new SendStage.Handler<T>() {
                  @Override
                  public void record(T record) {
                    // Once the batch has stopped (a failed record), rows are only checked.
                    if (open.sending()) {
                      open.send(toRecord.apply(topics, record));
                    }
                  }

                  @Override
                  public void stop(String reason) {
                    open.abort(reason);
                  }
                })) {
      ParsedFile<T> parsed =
          reader.read(
              file,
              bytes,
              read,
              new RecordSink<T>() {
                private boolean stopped;

                @Override
                public void accept(T record) {
                  // Handed over even when the batch has stopped sending: the stage then drops
                  // it, and handing over is where a failure of the stage reaches this thread.
                  if (!stopped) {
                    sending.accept(record);
                  }
                }

                @Override
                public void clear() {
                  stop("the file is unreadable / 文件无法读取");
                }

                @Override
                public void rejected() {
                  if (!skipInvalid) {
                    stop(INVALID_ROWS);
                  }
                }

                private void stop(String reason) {
                  if (!stopped) {
                    stopped = true;
                    sending.stop(reason);
                  }
                }
              });
      // Everything handed over is sent (or the batch stopped) before the batch ends, here.
      sending.finish();
      if (!report(parsed, session)) {
        open.abort(INVALID_ROWS);
        progress.end();
        return ExitCodes.INVALID;
      }
      PublishResult result = open.commit();
      progress.finish();
      return finish(name, parsed, result, start);
    }
  }

  /**
   * Prints the report of a file with bad rows (and, when they are skipped, writes them to the
   * reject file); false when the file must not be published.
   */
  private boolean report(ParsedFile<T> parsed, Session session) throws IOException {
    if (parsed.isClean()) {
      return true;
    }
    session.metrics().rejected(RejectReport.rejectedRows(parsed));
    RejectReport.print(parsed, err);
    if (!parsed.skipInvalid()) {
      err.flush();
      return false;
    }
    Path rejectedCsv = RejectReport.writeRejectedCsv(parsed);
    err.println("rejected rows written to / 被拒绝的行已写入: " + rejectedCsv);
    err.flush();
    return true;
  }

  /** Prints the file's summary; the exit code of the file. */
  private int finish(String name, ParsedFile<T> parsed, PublishResult result, long start) {
    int rejected = RejectReport.rejectedRows(parsed);
    out.println(summary(name, parsed.rowCount(), rejected, result, System.nanoTime() - start));
    out.flush();
    if (!result.committed() && result.outcome() != PublishResult.Outcome.ALREADY_PUBLISHED) {
      return ExitCodes.INVALID;
    }
    return ExitCodes.OK;
  }

  /** The bilingual one-line summary of a file. */
  static String summary(String name, int rows, int rejected, PublishResult result, long nanos) {
    double seconds = nanos / 1e9;
    return switch (result.outcome()) {
      case ALREADY_PUBLISHED ->
          String.format(
              Locale.ROOT,
              "%s: already published, nothing sent (use --force to publish again)"
                  + " / 该文件已发布过，未重复发送",
              name);
      case ABORTED ->
          String.format(
              Locale.ROOT,
              "%s: NOT published, transaction aborted: %s / 发布失败，事务已回滚，未发布任何记录",
              name,
              result.errorMessage().orElse("unknown error"));
      case COMMITTED ->
          String.format(
              Locale.ROOT,
              "%s: read %,d rows, published %,d, rejected %,d, %.1f s, %,d rows/s"
                  + " / 读取%d行，发布%d条，拒绝%d行，用时%.1f秒",
              name,
              rows,
              result.published(),
              rejected,
              seconds,
              Math.round(result.published() / Math.max(seconds, 1e-9)),
              rows,
              result.published(),
              rejected,
              seconds);
    };
  }

  /**
   * The batch digest and the SHA-256 of the file's bytes, hashed once.
   *
   * @param batch the identity of a publish: the file's bytes and every option that changes what is
   *     read; the same file with the same options is the same batch, whatever its name or path
   * @param content the SHA-256 of the file's bytes, from which release ids are derived
   */
  record Digests(String batch, byte[] content) {}

  static Digests digests(byte[] bytes, IngestOptions options) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(bytes);
      byte[] content = ((MessageDigest) sha.clone()).digest();
      String settings =
          "\nformat="
              + options.format()
              + "\nencoding="
              + options.encoding()
              + "\nsheet="
              + options.sheet()
              + "\nyear="
              + options.defaultYear()
              + "\nskipInvalid="
              + options.skipInvalid();
      sha.update(settings.getBytes(StandardCharsets.UTF_8));
      return new Digests(HexFormat.of().formatHex(sha.digest()), content);
    } catch (NoSuchAlgorithmException | CloneNotSupportedException e) {
      throw new IllegalStateException("every JVM has SHA-256, which clones", e);
    }
  }
}

package io.planwatch.registry.store;

import io.planwatch.registry.client.SchemaRegistryException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The append-only journal {@code schemas.jsonl} of a data directory: one {@link JournalCodec} line
 * per mutation, written and forced to disk before the mutation is applied and acknowledged, and
 * replayed in order on open. Every line ends with a line break, so a last line without one is a
 * write that a crash cut short: it was never acknowledged, so it is reported and cut off. Any other
 * bad line stops the start with its file and line number. Holds the directory's {@link
 * DataDirectoryLock} while open. Not thread-safe: the store calls it under its own lock.
 */
final class SchemaJournal implements AutoCloseable {
  static final String FILE_NAME = "schemas.jsonl";
  private static final Logger LOG = LoggerFactory.getLogger(SchemaJournal.class);

  private final Path file;
  private final DataDirectoryLock lock;
  // not a FileChannel: an interrupt of the writing thread (an HTTP pool shutting down) would close
  // a channel for good, while RandomAccessFile writes are not interruptible
  private final RandomAccessFile out;
  private boolean broken;
  private boolean closed;

  private SchemaJournal(Path file, DataDirectoryLock lock, RandomAccessFile out) {
    this.file = file;
    this.lock = lock;
    this.out = out;
  }

  /**
   * Locks the directory (creating it if needed), hands every journalled mutation to {@code replay}
   * in order, cuts off a torn last line, and opens the journal for appending.
   *
   * @param replay applies one mutation; throws {@link IllegalStateException} or {@link
   *     IllegalArgumentException} when it contradicts the state so far
   * @throws RegistryStorageException when the directory is locked or unreadable, or a line is bad
   */
  static SchemaJournal open(Path directory, Consumer<Mutation> replay) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new RegistryStorageException(
          "cannot create the data directory " + directory + ": " + e, e);
    }
    DataDirectoryLock lock = DataDirectoryLock.acquire(directory);
    Path file = directory.resolve(FILE_NAME);
    try {
      boolean existed = Files.exists(file);
      long validLength = existed ? replay(file, Files.readAllBytes(file), replay) : 0;
      RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw");
      if (out.length() > validLength) {
        out.setLength(validLength);
        out.getFD().sync();
      }
      out.seek(validLength);
      if (!existed) {
        syncDirectory(directory);
      }
      return new SchemaJournal(file, lock, out);
    } catch (IOException e) {
      lock.close();
      throw new RegistryStorageException("cannot read or open " + file + ": " + e, e);
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /** The journal file. */
  Path file() {
    return file;
  }

  /**
   * Writes the mutation's line and forces it to disk; on failure the file is cut back to where it
   * was, so that a later line never follows half a line.
   *
   * @throws SchemaRegistryException 500 / 50001 (Confluent's "backend data store" error) when the
   *     disk refuses; the mutation must then not be applied
   */
  void append(Mutation mutation) {
    if (broken) {
      throw storeError(
          "an earlier write failed and could not be undone; restart the registry", null);
    }
    byte[] line = (JournalCodec.encode(mutation) + "\n").getBytes(StandardCharsets.UTF_8);
    long before = -1;
    try {
      before = out.getFilePointer();
      out.write(line);
      out.getFD().sync();
    } catch (IOException e) {
      undo(before, e);
      throw storeError("cannot append: " + e, e);
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try (lock) {
      out.close();
    } catch (IOException e) {
      throw new RegistryStorageException("cannot close " + file + ": " + e, e);
    }
  }

  /** Replays the complete lines; returns the length of the file without a torn last line. */
  private static long replay(Path file, byte[] content, Consumer<Mutation> replay) {
    int start = 0;
    int line = 1;
    for (int end = indexOf(content, start); end >= 0; end = indexOf(content, start)) {
      try {
        replay.accept(JournalCodec.decode(utf8(content, start, end)));
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new RegistryStorageException(
            file
                + ":"
                + line
                + ": corrupt schema journal line: "
                + e.getMessage()
                + ". The registry cannot know its schema ids without it; restore the file from"
                + " a backup or repair this line / 注册表日志文件损坏",
            e);
      }
      start = end + 1;
      line++;
    }
    if (start < content.length) {
      LOG.warn(
          "{}:{}: ignoring an incomplete last line ({} bytes without a line break): a write cut"
              + " short by a crash, never acknowledged to a client; cutting it off. It began: {}",
          file,
          line,
          content.length - start,
          preview(content, start));
    }
    LOG.info("schema registry journal {}: replayed {} mutations", file, line - 1);
    return start;
  }

  private static int indexOf(byte[] content, int from) {
    for (int i = from; i < content.length; i++) {
      if (content[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static String utf8(byte[] content, int start, int end) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .decode(ByteBuffer.wrap(content, start, end - start))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("not UTF-8: " + e, e);
    }
  }

  private static String preview(byte[] content, int start) {
    int length = Math.min(content.length - start, 120);
    return new String(content, start, length, StandardCharsets.UTF_8);
  }

  private void undo(long before, IOException failure) {
    try {
      if (before < 0) {
        broken = true;
        return;
      }
      out.setLength(before);
      out.seek(before);
    } catch (IOException e) {
      failure.addSuppressed(e);
      broken = true;
    }
  }

  private SchemaRegistryException storeError(String problem, IOException cause) {
    return new SchemaRegistryException(
        500,
        SchemaRegistryException.INTERNAL_ERROR,
        "Error in the backend data store: journal " + file + ": " + problem,
        cause);
  }

  /** Makes the new journal's directory entry durable; not every platform can (Windows cannot). */
  private static void syncDirectory(Path directory) {
    try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException e) {
      LOG.debug("cannot fsync directory {} on this platform: {}", directory, e.toString());
    }
  }
}

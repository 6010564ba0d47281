package io.planwatch.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps a second broker, in this JVM or another process, off a data directory that a broker uses.
 * Kafka's own {@code .lock} is taken by the log manager only after the controller has opened the
 * metadata log, too late in combined mode: two nodes would write one metadata log, and Kafka's
 * fault handler then ends the JVM. So the embedded broker takes a lock of its own before anything
 * starts, holds it while running, and also refuses a directory whose {@code .lock} a Kafka process
 * holds.
 */
final class DataDirLock implements AutoCloseable {
  static final String LOCK_FILE = ".planwatch-embedded.lock";
  private static final String KAFKA_LOCK_FILE = ".lock";

  private final FileChannel channel;
  private final FileLock lock;

  private DataDirLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Locks {@code dataDir} for this broker.
   *
   * @throws IllegalStateException if another broker holds it
   */
  static DataDirLock acquire(Path dataDir) {
    try {
      Files.createDirectories(dataDir);
      Path lockFile = dataDir.resolve(LOCK_FILE);
      FileChannel channel =
          FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = tryLock(channel);
      if (lock == null) {
        channel.close();
        throw inUse(dataDir, lockFile);
      }
      DataDirLock held = new DataDirLock(channel, lock);
      Path kafkaLock = dataDir.resolve(KAFKA_LOCK_FILE);
      if (Files.exists(kafkaLock) && !isFree(kafkaLock)) {
        held.close();
        throw inUse(dataDir, kafkaLock);
      }
      return held;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not lock the Kafka data directory " + dataDir, e);
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not release " + LOCK_FILE, e);
    }
  }

  private static boolean isFree(Path lockFile) throws IOException {
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
      FileLock probe = tryLock(channel);
      if (probe == null) {
        return false;
      }
      probe.release();
      return true;
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }

  private static IllegalStateException inUse(Path dataDir, Path lockFile) {
    return new IllegalStateException(
        "Kafka data directory "
            + dataDir
            + " is in use by another broker (lock "
            + lockFile.getFileName()
            + " is held); stop it or use another data directory");
  }
}

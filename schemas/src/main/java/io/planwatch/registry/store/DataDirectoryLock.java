package io.planwatch.registry.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive OS lock on {@code registry.lock} in the data directory, held while a store uses the
 * directory, so that two registries never append to one journal. The OS releases it when the
 * process dies, so a crash leaves no stale lock behind; the file (holding the owner's pid, for the
 * operator) stays.
 */
final class DataDirectoryLock implements AutoCloseable {
  static final String FILE_NAME = "registry.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private DataDirectoryLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock or refuses at once.
   *
   * @throws RegistryStorageException when another registry (in this or another process) holds it
   */
  static DataDirectoryLock acquire(Path directory) {
    Path file = directory.resolve(FILE_NAME);
    FileChannel channel = null;
    try {
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock = tryLock(channel);
      if (lock == null) {
        throw new RegistryStorageException(
            "data directory "
                + directory
                + " is already used by another schema registry ("
                + holder(channel)
                + " holds "
                + file
                + "); stop that registry or give this one another data directory"
                + " / 数据目录已被另一个 schema registry 占用");
      }
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(ownerText().getBytes(StandardCharsets.UTF_8)), 0);
      return new DataDirectoryLock(channel, lock);
    } catch (IOException e) {
      closeQuietly(channel, e);
      throw new RegistryStorageException("cannot lock " + file + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(channel, e);
      throw e;
    }
  }

  @Override
  public void close() {
    try (channel) {
      lock.release();
    } catch (IOException e) {
      throw new RegistryStorageException("cannot release the lock " + lock + ": " + e, e);
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      // another store in this JVM holds it: the same refusal as for another process
      return null;
    }
  }

  private static String ownerText() {
    return "pid " + ProcessHandle.current().pid() + "\n";
  }

  /** The owner as it wrote itself into the file, e.g. "pid 4711"; advisory locks allow reading. */
  private static String holder(FileChannel channel) {
    try {
      ByteBuffer buffer = ByteBuffer.allocate(64);
      int read = channel.read(buffer, 0);
      String text = read <= 0 ? "" : new String(buffer.array(), 0, read, StandardCharsets.UTF_8);
      return text.isBlank() ? "a process" : text.strip();
    } catch (IOException e) {
      return "a process";
    }
  }

  private static void closeQuietly(FileChannel channel, Exception failure) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        failure.addSuppressed(e);
      }
    }
  }
}

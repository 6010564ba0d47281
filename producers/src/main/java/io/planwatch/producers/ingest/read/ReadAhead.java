package io.planwatch.producers.ingest.read;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads an iterator ahead on a thread of its own, in batches, so that parsing a file's rows
 * overlaps with validating them. At most {@value #QUEUED_BATCHES} batches of {@value #BATCH_SIZE}
 * are held ahead of the reader; an exception of the source is thrown to the reader where the source
 * threw it. {@link #close()} stops the thread if the reader gives up early.
 *
 * @param <T> the element
 */
final class ReadAhead<T> implements Iterator<T>, AutoCloseable {
  static final int BATCH_SIZE = 1024;
  static final int QUEUED_BATCHES = 16;

  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
  private final Thread thread;
  private volatile boolean closed;
  private Iterator<T> batch = List.<T>of().iterator();
  private boolean ended;

  private ReadAhead(Iterator<? extends T> source, String name) {
    this.thread = new Thread(() -> fill(source), name);
    thread.setDaemon(true);
  }

  /** Starts reading {@code source} ahead on a daemon thread called {@code name}. */
  static <T> ReadAhead<T> start(Iterator<? extends T> source, String name) {
    ReadAhead<T> ahead = new ReadAhead<>(source, name);
    ahead.thread.start();
    return ahead;
  }

  private void fill(Iterator<? extends T> source) {
    try {
      List<T> current = new ArrayList<>(BATCH_SIZE);
      while (source.hasNext()) {
        current.add(source.next());
        if (current.size() == BATCH_SIZE) {
          hand(current);
          current = new ArrayList<>(BATCH_SIZE);
        }
      }
      hand(current);
      hand(End.END);
    } catch (RuntimeException | Error e) {
      handQuietly(new Failure(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void hand(Object item) throws InterruptedException {
    while (!closed) {
      if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
        return;
      }
    }
  }

  private void handQuietly(Object item) {
    try {
      hand(item);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean hasNext() {
    while (!batch.hasNext() && !ended) {
      Object item = take();
      if (item == End.END) {
        ended = true;
      } else if (item instanceof Failure failure) {
        ended = true;
        throw failure.rethrown();
      } else {
        @SuppressWarnings("unchecked")
        List<T> next = (List<T>) item;
        batch = next.iterator();
      }
    }
    return batch.hasNext();
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return batch.next();
  }

  @Override
  public void close() {
    closed = true;
    queue.clear();
  }

  private Object take() {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      throw new IllegalStateException("interrupted while reading", e);
    }
  }

  private enum End {
    END
  }

  private record Failure(Throwable error) {
    RuntimeException rethrown() {
      if (error instanceof Error e) {
        throw e;
      }
      return (RuntimeException) error;
    }
  }
}

package io.planwatch.producers.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The sending end of a publish on a thread of its own, so that reading and validating a file on the
 * caller's thread overlaps mapping, serializing and sending its records. Records and stops are
 * handed over in order, in batches of {@value #BATCH_SIZE}; the stage's thread hands them to its
 * {@link Handler} one by one, in the same order. At most {@value #QUEUED_BATCHES} batches wait, so
 * a slow broker slows the reader down instead of filling the heap.
 *
 * <p>A failure of the handler (an unreachable broker or registry) ends the stage: it is thrown to
 * the caller at its next {@link #accept}, {@link #stop} or {@link #finish}, and nothing more is
 * handled. {@link #finish} waits until everything handed over was handled, and throws if anything
 * was not; after it returns, what the handler did is visible to the caller. {@link #close} without
 * {@link #finish} drops what is still waiting and waits for the thread to end. A failure of the
 * stage while the caller is failing itself is not reported by {@link #close}. One thread uses a
 * stage.
 *
 * @param <T> the record
 */
public final class SendStage<T> implements AutoCloseable {
  static final int BATCH_SIZE = 512;
  static final int QUEUED_BATCHES = 8;

  /** What the stage's thread does with each record and each stop, in the order handed over. */
  public interface Handler<T> {
    /** A record to send. */
    void record(T record);

    /** Nothing after this may be published (a rejected row, an unreadable file). */
    void stop(String reason);
  }

  private final BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
  private final Handler<T> handler;
  private final Thread thread;
  private List<Object> current = new ArrayList<>(BATCH_SIZE);
  private volatile RuntimeException failure;
  private volatile boolean closed;
  private boolean finished;

  private SendStage(String name, Handler<T> handler) {
    this.handler = handler;
    this.thread = new Thread(this::run, name);
    thread.setDaemon(true);
  }

  /** Starts a stage whose thread, called {@code name}, hands everything to {@code handler}. */
  public static <T> SendStage<T> start(String name, Handler<T> handler) {
    SendStage<T> stage = new SendStage<>(name, handler);
    stage.thread.start();
    return stage;
  }

  /** Hands a record over. */
  public void accept(T record) {
    add(record);
  }

  /** Hands a stop over: it reaches the handler after every record handed over before it. */
  public void stop(String reason) {
    add(new Stop(reason));
  }

  /**
   * Waits until the handler has handled everything handed over, then ends the stage's thread.
   *
   * @throws RuntimeException the handler's failure, if it failed
   */
  public void finish() {
    if (finished) {
      return;
    }
    finished = true;
    throwFailure();
    hand(current);
    current = null;
    hand(List.of(End.END));
    join();
    // The thread ends before the end marker only with a failure (an interrupt not from close()
    // included), so without one everything handed over was handled.
    throwFailure();
  }

  /**
   * Stops the stage's thread if it still runs, dropping what waits, and waits for it to end, so
   * that nothing more is handled once this returns (even for a caller that was interrupted).
   */
  @Override
  public void close() {
    finished = true;
    if (!thread.isAlive()) {
      return;
    }
    closed = true;
    queue.clear();
    thread.interrupt();
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void add(Object item) {
    if (finished) {
      throw new IllegalStateException("the send stage has finished");
    }
    throwFailure();
    current.add(item);
    if (current.size() == BATCH_SIZE) {
      hand(current);
      current = new ArrayList<>(BATCH_SIZE);
    }
  }

  private void hand(List<Object> batch) {
    if (batch.isEmpty()) {
      return;
    }
    try {
      // Polls, so that a handler that failed while the queue was full does not block the caller.
      while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
        throwFailure();
        if (!thread.isAlive()) {
          throw new IllegalStateException("the send stage's thread ended early");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while handing records to be sent", e);
    }
  }

  private void run() {
    try {
      while (!closed) {
        for (Object item : queue.take()) {
          if (closed) {
            return;
          }
          if (item == End.END) {
            return;
          }
          if (item instanceof Stop stop) {
            handler.stop(stop.reason());
          } else {
            @SuppressWarnings("unchecked")
            T record = (T) item;
            handler.record(record);
          }
        }
      }
    } catch (InterruptedException e) {
      // Closed: what is still queued is dropped. Interrupted otherwise: a failure, so that
      // finish() cannot take the records left in the queue for sent.
      if (!closed) {
        failure = new IllegalStateException("the send stage was interrupted", e);
      }
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      failure = e;
    } catch (Error e) {
      failure = new IllegalStateException("the send stage failed: " + e, e);
      throw e;
    }
  }

  private void join() {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for records to be sent", e);
    }
  }

  private void throwFailure() {
    RuntimeException failed = failure;
    if (failed != null) {
      throw failed;
    }
  }

  private record Stop(String reason) {}

  private enum End {
    END
  }
}

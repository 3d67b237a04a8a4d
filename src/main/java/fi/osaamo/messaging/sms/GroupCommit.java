package fi.osaamo.messaging.sms;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Writes items in batches while each caller still waits until its own item is written: a
 * caller queues its item and takes the lock; whoever holds it writes everything queued in
 * one go, so items that arrive during a write share the next one. Nothing is acknowledged
 * before its batch is written, and a failed batch fails each of its callers.
 *
 * @param <T> what is written
 */
final class GroupCommit<T> {

	private final BlockingQueue<Waiting<T>> queue = new LinkedBlockingQueue<>();

	private final ReentrantLock writing = new ReentrantLock();

	private final Consumer<List<T>> writer;

	private final int most;

	/**
	 * A group commit.
	 * @param writer writes a batch, all or nothing
	 * @param most the most items in one batch
	 */
	GroupCommit(Consumer<List<T>> writer, int most) {
		this.writer = writer;
		this.most = most;
	}

	private record Waiting<T>(T item, CompletableFuture<Void> written) {
	}

	/**
	 * Writes an item, with whatever else is waiting; returns when it is written.
	 * @param item the item
	 * @throws RuntimeException what writing its batch threw
	 */
	void write(T item) {
		var waiting = new Waiting<>(item, new CompletableFuture<Void>());
		this.queue.add(waiting);
		this.writing.lock();
		try {
			while (!waiting.written().isDone()) {
				writeBatch();
			}
		}
		finally {
			this.writing.unlock();
		}
		try {
			waiting.written().join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
		}
	}

	private void writeBatch() {
		var batch = new ArrayList<Waiting<T>>();
		this.queue.drainTo(batch, this.most);
		try {
			this.writer.accept(batch.stream().map(Waiting::item).toList());
			batch.forEach(w -> w.written().complete(null));
		}
		catch (RuntimeException ex) {
			batch.forEach(w -> w.written().completeExceptionally(ex));
		}
	}

}

package fi.osaamo.matching.engine;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * A reentrant read-write lock held while a piece of code runs: many readers at once, or
 * one writer.
 */
final class ReadWriteGuard {

	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	<T> T read(Supplier<T> read) {
		lock.readLock().lock();
		try {
			return read.get();
		}
		finally {
			lock.readLock().unlock();
		}
	}

	<T> T write(Supplier<T> write) {
		lock.writeLock().lock();
		try {
			return write.get();
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	void write(Runnable write) {
		write(() -> {
			write.run();
			return null;
		});
	}

}

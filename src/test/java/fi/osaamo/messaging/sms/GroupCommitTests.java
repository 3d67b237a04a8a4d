package fi.osaamo.messaging.sms;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class GroupCommitTests {

	private final ExecutorService callers = Executors.newFixedThreadPool(8);

	@AfterEach
	void stop() {
		this.callers.shutdownNow();
	}

	@Test
	void itemsThatComeDuringAWriteShareTheNextOne() throws Exception {
		var batches = new CopyOnWriteArrayList<List<Integer>>();
		var firstStarted = new CountDownLatch(1);
		var releaseFirst = new CountDownLatch(1);
		var commits = new GroupCommit<Integer>(batch -> {
			batches.add(batch);
			if (batches.size() == 1) {
				firstStarted.countDown();
				await(releaseFirst);
			}
		}, 500);
		var first = CompletableFuture.runAsync(() -> commits.write(0), this.callers);
		firstStarted.await(5, TimeUnit.SECONDS);
		var others = new ArrayList<CompletableFuture<Void>>();
		for (int i = 1; i <= 5; i++) {
			int item = i;
			others.add(CompletableFuture.runAsync(() -> commits.write(item), this.callers));
		}
		Thread.sleep(200);
		assertThat(others).noneMatch(CompletableFuture::isDone);
		releaseFirst.countDown();
		first.get(5, TimeUnit.SECONDS);
		CompletableFuture.allOf(others.toArray(CompletableFuture[]::new)).get(5, TimeUnit.SECONDS);
		assertThat(batches).hasSize(2);
		assertThat(batches.get(0)).containsExactly(0);
		assertThat(batches.get(1)).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
	}

	@Test
	void aBatchIsAtMostTheLimit() {
		var sizes = Collections.synchronizedList(new ArrayList<Integer>());
		var commits = new GroupCommit<Integer>(batch -> sizes.add(batch.size()), 2);
		var writes = new ArrayList<CompletableFuture<Void>>();
		for (int i = 0; i < 50; i++) {
			int item = i;
			writes.add(CompletableFuture.runAsync(() -> commits.write(item), this.callers));
		}
		writes.forEach(CompletableFuture::join);
		assertThat(sizes).allMatch(size -> size <= 2);
		assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(50);
	}

	@Test
	void aFailedBatchFailsItsCallerAndNotTheNext() {
		var commits = new GroupCommit<String>(batch -> {
			if (batch.contains("bad")) {
				throw new IllegalStateException("database down");
			}
		}, 500);
		assertThatIllegalStateException().isThrownBy(() -> commits.write("bad")).withMessage("database down");
		commits.write("good");
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}

package fi.osaamo.messaging.sms;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records a round's outcomes in one transaction, in two statements whatever the round's
 * size: the messages' states, and the parts' SMSC ids; then any receipts that came before
 * their part's id was known (once more after the commit). A row another sender took over
 * meanwhile is left alone.
 */
@Component
class OutboxResults {

	private static final String UPDATE = """
			update messaging.sms s set
			  state = case when o.state = 'IN_DOUBT' then 'SENDING' else o.state end,
			  error = o.error,
			  number_key = coalesce(o.number_key, s.number_key),
			  due_at = coalesce(o.due, s.due_at),
			  attempts = s.attempts + o.attempt,
			  submitted_at = case when o.state = 'SUBMITTED' then :now else s.submitted_at end,
			  finished_at = case when o.state in ('FAILED', 'EXPIRED') then :now else s.finished_at end,
			  claimed_by = case when o.state = 'IN_DOUBT' then null else s.claimed_by end,
			  claimed_at = case when o.state = 'IN_DOUBT' then now() else s.claimed_at end
			from unnest(cast(:ids as bigint[]), cast(:states as varchar[]), cast(:errors as varchar[]),
			       cast(:numberKeys as varchar[]), cast(:dues as timestamptz[]), cast(:attempts as int[]))
			     as o(id, state, error, number_key, due, attempt)
			where s.id = o.id and s.state = 'SENDING' and s.claimed_by = :sender
			returning s.id""";

	private static final String PARTS = """
			insert into messaging.sms_part (sms_id, part, smsc_id, submitted_at)
			select p.sms_id, p.part, p.smsc_id, :now
			from unnest(cast(:ids as bigint[]), cast(:parts as smallint[]), cast(:smscIds as varchar[]))
			     as p(sms_id, part, smsc_id)
			on conflict (sms_id, part) do update set smsc_id = excluded.smsc_id, submitted_at = excluded.submitted_at""";

	private final JdbcClient jdbc;

	private final DeliveryStates states;

	private final SmsMetrics metrics;

	OutboxResults(JdbcClient jdbc, DeliveryStates states, SmsMetrics metrics) {
		this.jdbc = jdbc;
		this.states = states;
		this.metrics = metrics;
	}

	@Transactional
	void record(UUID sender, Instant now, List<Outcome> unordered) {
		// Rows are locked in the order of their ids, as receipts lock them: no deadlock.
		var outcomes = unordered.stream().sorted(Comparator.comparingLong(Outcome::id)).toList();
		var at = Timestamp.from(now);
		var updated = new HashSet<>(update(outcomes, sender, at));
		count(outcomes, updated);
		if (outcomes.stream().allMatch(o -> o.parts().isEmpty())) {
			return;
		}
		parts(outcomes, at);
		var ids = outcomes.stream().map(Outcome::id).toList();
		this.states.matchEarlyReceipts(ids, now);
		// A receipt stored while this transaction was open did not see the parts: once
		// more after the commit, so it need not wait for the settlement run.
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				OutboxResults.this.states.matchEarlyReceipts(ids, now);
			}
		});
	}

	private List<Long> update(List<Outcome> outcomes, UUID sender, Timestamp now) {
		return this.jdbc.sql(UPDATE)
			.param("ids", outcomes.stream().map(Outcome::id).toArray(Long[]::new))
			.param("states", outcomes.stream().map(Outcome::state).toArray(String[]::new))
			.param("errors", outcomes.stream().map(Outcome::error).toArray(String[]::new))
			.param("numberKeys", outcomes.stream().map(Outcome::numberKey).toArray(String[]::new))
			.param("dues",
					outcomes.stream().map(o -> o.due() == null ? null : o.due().toString()).toArray(String[]::new))
			.param("attempts", outcomes.stream().map(o -> o.countsAttempt() ? 1 : 0).toArray(Integer[]::new))
			.param("sender", sender)
			.param("now", now)
			.query(Long.class)
			.list();
	}

	private void parts(List<Outcome> outcomes, Timestamp now) {
		var ids = new ArrayList<Long>();
		var parts = new ArrayList<Integer>();
		var smscIds = new ArrayList<String>();
		outcomes.forEach(o -> o.parts().forEach((part, smscId) -> {
			ids.add(o.id());
			parts.add(part);
			smscIds.add(smscId);
		}));
		this.jdbc.sql(PARTS)
			.param("ids", ids.toArray(Long[]::new))
			.param("parts", parts.toArray(Integer[]::new))
			.param("smscIds", smscIds.toArray(String[]::new))
			.param("now", now)
			.update();
	}

	/** Counts what this sender recorded; a row another sender took over is theirs. */
	private void count(List<Outcome> outcomes, Set<Long> updated) {
		int parts = 0;
		for (var outcome : outcomes) {
			if (!updated.contains(outcome.id())) {
				continue;
			}
			parts += outcome.parts().size();
			if (outcome.state().equals("FAILED") || outcome.state().equals("EXPIRED")) {
				this.metrics.failed(outcome.error());
			}
		}
		this.metrics.submitted(parts);
	}

}

package fi.osaamo.messaging.sms;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records a round's outcomes in one transaction: the messages' states, the parts' SMSC
 * ids, and any receipts that came before their part's id was known (once more after the
 * commit). A row another sender took over meanwhile is left alone.
 */
@Component
class OutboxResults {

	private static final String UPDATE = """
			update messaging.sms set
			  state = case when :state = 'IN_DOUBT' then 'SENDING' else :state end,
			  error = cast(:error as varchar),
			  number_key = coalesce(cast(:numberKey as char(64)), number_key),
			  due_at = coalesce(cast(:due as timestamptz), due_at),
			  attempts = attempts + :attempt,
			  submitted_at = case when :state = 'SUBMITTED' then :now else submitted_at end,
			  finished_at = case when :state in ('FAILED', 'EXPIRED') then :now else finished_at end,
			  claimed_by = case when :state = 'IN_DOUBT' then null else claimed_by end,
			  claimed_at = case when :state = 'IN_DOUBT' then now() else claimed_at end
			where id = :id and state = 'SENDING' and claimed_by = :sender""";

	private static final String PART = """
			insert into messaging.sms_part (sms_id, part, smsc_id, submitted_at)
			values (:id, :part, :smscId, :now)
			on conflict (sms_id, part) do update set smsc_id = excluded.smsc_id, submitted_at = excluded.submitted_at""";

	private final NamedParameterJdbcTemplate jdbc;

	private final DeliveryStates states;

	private final SmsMetrics metrics;

	OutboxResults(NamedParameterJdbcTemplate jdbc, DeliveryStates states, SmsMetrics metrics) {
		this.jdbc = jdbc;
		this.states = states;
		this.metrics = metrics;
	}

	@Transactional
	void record(UUID sender, Instant now, List<Outcome> outcomes) {
		var at = Timestamp.from(now);
		var updated = this.jdbc.batchUpdate(UPDATE,
				outcomes.stream().map(o -> update(o, sender, at)).toArray(SqlParameterSource[]::new));
		count(outcomes, updated);
		var parts = new ArrayList<SqlParameterSource>();
		outcomes.forEach(o -> o.parts()
			.forEach((part,
					smscId) -> parts.add(new MapSqlParameterSource("id", o.id()).addValue("part", part)
						.addValue("smscId", smscId)
						.addValue("now", at))));
		if (!parts.isEmpty()) {
			this.jdbc.batchUpdate(PART, parts.toArray(SqlParameterSource[]::new));
			var ids = outcomes.stream().map(Outcome::id).toList();
			this.states.matchEarlyReceipts(ids, now);
			// A receipt stored while this transaction was open did not see the parts:
			// once more
			// after the commit, so it need not wait for the settlement run.
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					OutboxResults.this.states.matchEarlyReceipts(ids, now);
				}
			});
		}
	}

	/** Counts what this sender recorded; a row another sender took over is theirs. */
	private void count(List<Outcome> outcomes, int[] updated) {
		int parts = 0;
		for (int i = 0; i < outcomes.size(); i++) {
			if (updated[i] == 0) {
				continue;
			}
			var outcome = outcomes.get(i);
			parts += outcome.parts().size();
			if (outcome.state().equals("FAILED") || outcome.state().equals("EXPIRED")) {
				this.metrics.failed(outcome.error());
			}
		}
		this.metrics.submitted(parts);
	}

	private static SqlParameterSource update(Outcome outcome, UUID sender, Timestamp now) {
		return new MapSqlParameterSource("id", outcome.id()).addValue("sender", sender)
			.addValue("state", outcome.state())
			.addValue("error", outcome.error(), Types.VARCHAR)
			.addValue("numberKey", outcome.numberKey(), Types.CHAR)
			.addValue("due", outcome.due() == null ? null : Timestamp.from(outcome.due()), Types.TIMESTAMP)
			.addValue("attempt", outcome.countsAttempt() ? 1 : 0)
			.addValue("now", now);
	}

}

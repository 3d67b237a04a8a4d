package fi.osaamo.privacy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.PersonId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletions of accounts, complete or retried until they are. A request is recorded first;
 * then every {@link PersonalDataHolder} forgets the person in one transaction, in the
 * reverse of their order (what depends on a person's other data goes first), and the
 * identity vault, which lives apart from the modules' data, is deleted last. If any step
 * fails, the request stays and is tried again with a growing pause, on whichever instance
 * claims it first; a completed deletion leaves no record of the person.
 */
@Component
class AccountDeletions {

	private static final Logger log = LoggerFactory.getLogger(AccountDeletions.class);

	private static final String POSTPONE = """
			update privacy.deletion set attempts = attempts + 1, last_error = :error,
			  next_attempt_at = now() + least(interval '1 minute' * power(2, attempts), interval '1 hour')
			where person_id = :person""";

	private final List<PersonalDataHolder> holders;

	private final IdentityManagement identities;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	AccountDeletions(List<PersonalDataHolder> holders, IdentityManagement identities, JdbcClient jdbc,
			TransactionTemplate transactions) {
		var reversed = new ArrayList<>(holders);
		Collections.reverse(reversed);
		this.holders = List.copyOf(reversed);
		this.identities = identities;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/**
	 * Records the deletion of a person's account and data and carries it out.
	 * @param person the person
	 * @return whether it is complete; if not, it is retried
	 */
	boolean delete(PersonId person) {
		jdbc.sql("insert into privacy.deletion (person_id) values (:person) on conflict do nothing")
			.param("person", person.value())
			.update();
		return attempt(person);
	}

	/** Retries the deletions that are due, one claimed at a time. */
	@Scheduled(fixedDelayString = "${app.privacy.deletion-retry:PT1M}",
			initialDelayString = "${app.privacy.deletion-retry:PT1M}")
	void retryDue() {
		for (var person = claim(); person != null; person = claim()) {
			attempt(new PersonId(person));
		}
	}

	/** The number of deletions not yet complete. */
	int pending() {
		return jdbc.sql("select count(*) from privacy.deletion").query(Integer.class).single();
	}

	private boolean attempt(PersonId person) {
		try {
			transactions.executeWithoutResult(status -> holders.forEach(holder -> holder.forget(person)));
			identities.delete(person);
			jdbc.sql("delete from privacy.deletion where person_id = :person").param("person", person.value()).update();
			return true;
		}
		catch (RuntimeException ex) {
			postpone(person, ex);
			return false;
		}
	}

	/** Schedules the next attempt of a failed deletion, later after each failure. */
	private void postpone(PersonId person, RuntimeException ex) {
		log.warn("Deleting an account failed part way; it is retried", ex);
		jdbc.sql(POSTPONE).param("error", ex.getClass().getName()).param("person", person.value()).update();
	}

	/**
	 * Claims one due deletion for a while, so that no other instance tries it meanwhile.
	 */
	private @Nullable UUID claim() {
		return jdbc.sql("""
				update privacy.deletion set next_attempt_at = now() + interval '10 minutes'
				where person_id = (select person_id from privacy.deletion where next_attempt_at <= now()
				                   order by next_attempt_at limit 1 for update skip locked)
				returning person_id""").query(UUID.class).optional().orElse(null);
	}

}

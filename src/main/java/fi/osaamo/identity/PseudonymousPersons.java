package fi.osaamo.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import fi.osaamo.identity.IdentityConfiguration.Vault;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * The vault's persons: adds them, each under a pseudonym no other person has, and looks
 * up their pseudonyms and work names.
 */
@Component
class PseudonymousPersons {

	private final Vault vault;

	private final Pseudonyms pseudonyms = new Pseudonyms();

	PseudonymousPersons(@Qualifier("vault") Vault vault) {
		this.vault = vault;
	}

	/**
	 * Adds a person under a free pseudonym, drawing again when one is taken.
	 * @param id the new person's id
	 * @return their pseudonym
	 */
	String insert(PersonId id) {
		for (int attempt = 0;; attempt++) {
			var pseudonym = pseudonyms.next();
			if (inserted(id, pseudonym)) {
				return pseudonym;
			}
			if (attempt > 50) {
				throw new IllegalStateException("No free pseudonym found");
			}
		}
	}

	/** Whether the person was added under the pseudonym, which no one else had. */
	private boolean inserted(PersonId id, String pseudonym) {
		return vault.jdbc()
			.sql("insert into identity.person (id, pseudonym) values (:id, :pseudonym) on conflict (pseudonym) do nothing")
			.param("id", id.value())
			.param("pseudonym", pseudonym)
			.update() == 1;
	}

	Optional<PersonSummary> find(PersonId id) {
		return vault.jdbc()
			.sql("select id, pseudonym, work_name from identity.person where id = :id")
			.param("id", id.value())
			.query(PseudonymousPersons::summary)
			.optional();
	}

	Map<PersonId, PersonSummary> summaries(Collection<PersonId> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return vault.jdbc()
			.sql("select id, pseudonym, work_name from identity.person where id = any(:ids)")
			.param("ids", ids.stream().map(PersonId::value).toArray(UUID[]::new))
			.query(PseudonymousPersons::summary)
			.list()
			.stream()
			.collect(Collectors.toMap(PersonSummary::id, Function.identity()));
	}

	private static PersonSummary summary(ResultSet rs, int row) throws SQLException {
		return new PersonSummary(new PersonId(rs.getObject("id", UUID.class)), rs.getString("pseudonym"),
				rs.getString("work_name"));
	}

}

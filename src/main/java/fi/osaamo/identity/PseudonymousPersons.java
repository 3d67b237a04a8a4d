package fi.osaamo.identity;

import fi.osaamo.identity.IdentityConfiguration.Vault;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Adds persons to the vault, each under a pseudonym no other person has.
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
			var inserted = vault.jdbc()
				.sql("insert into identity.person (id, pseudonym) values (:id, :pseudonym) on conflict (pseudonym) do nothing")
				.param("id", id.value())
				.param("pseudonym", pseudonym)
				.update();
			if (inserted == 1) {
				return pseudonym;
			}
			if (attempt > 50) {
				throw new IllegalStateException("No free pseudonym found");
			}
		}
	}

}

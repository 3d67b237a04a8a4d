package fi.osaamo.identity;

import java.util.Optional;
import java.util.UUID;

import fi.osaamo.identity.IdentityConfiguration.Vault;
import fi.osaamo.platform.InvalidInputException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The local accounts in the vault: user names and password hashes of those who sign in
 * without e-identification.
 */
@Component
class VaultAccounts {

	private final Vault vault;

	private final AccessLog log;

	VaultAccounts(@Qualifier("vault") Vault vault, AccessLog log) {
		this.vault = vault;
		this.log = log;
	}

	void create(PersonId person, String username, String passwordHash) {
		if (username.isBlank() || username.length() > 64) {
			throw new InvalidInputException("username", "validation.username.length", 64);
		}
		try {
			insert(person, username, passwordHash);
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInputException("username", "validation.username.taken");
		}
	}

	private void insert(PersonId person, String username, String passwordHash) {
		vault.jdbc()
			.sql("insert into identity.local_account (person_id, username, password_hash) values (:id, :username, :hash)")
			.param("id", person.value())
			.param("username", username)
			.param("hash", passwordHash)
			.update();
	}

	void changePasswordHash(PersonId person, String passwordHash) {
		vault.jdbc()
			.sql("update identity.local_account set password_hash = :hash where person_id = :id")
			.param("hash", passwordHash)
			.param("id", person.value())
			.update();
		log.log(person, person, "PASSWORD_CHANGED", null);
	}

	Optional<LocalCredentials> credentials(String username) {
		return vault.jdbc()
			.sql("""
					select p.id, p.pseudonym, a.username, a.password_hash, a.enabled
					from identity.local_account a join identity.person p on p.id = a.person_id
					where lower(a.username) = lower(:username)""")
			.param("username", username)
			.query((rs, row) -> new LocalCredentials(
					new PersonSummary(new PersonId(rs.getObject("id", UUID.class)), rs.getString("pseudonym")),
					rs.getString("username"), rs.getString("password_hash"), rs.getBoolean("enabled")))
			.optional();
	}

}

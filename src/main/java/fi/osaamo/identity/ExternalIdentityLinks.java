package fi.osaamo.identity;

import java.util.Optional;
import java.util.UUID;

import fi.osaamo.identity.IdentityConfiguration.Vault;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * The links from e-identifications to persons in the vault: finds or creates the person
 * behind an identity provider's assertion and keeps their name and e-mail from it.
 */
@Component
class ExternalIdentityLinks {

	private final Vault vault;

	private final PseudonymousPersons persons;

	private final AccessLog log;

	ExternalIdentityLinks(@Qualifier("vault") Vault vault, PseudonymousPersons persons, AccessLog log) {
		this.vault = vault;
		this.persons = persons;
		this.log = log;
	}

	/**
	 * The person behind an e-identification: the one already linked to it, else the one
	 * with the same national identity number, else a new person. The link is stored.
	 * @param identity the provider's assertion
	 * @return the person, and whether they were created
	 */
	Resolved resolve(ExternalIdentity identity) {
		return vault.transactions().execute(status -> resolveInTransaction(identity));
	}

	private Resolved resolveInTransaction(ExternalIdentity identity) {
		var linked = linkedPerson(identity);
		if (linked.isPresent()) {
			touch(identity);
			return new Resolved(linked.get(), false);
		}
		var byNationalId = personWithNationalId(identity.nationalId());
		var summary = byNationalId.orElseGet(this::newPerson);
		updateFromIdentity(summary.id(), identity);
		link(summary.id(), identity);
		return new Resolved(summary, byNationalId.isEmpty());
	}

	private PersonSummary newPerson() {
		var id = new PersonId(UUID.randomUUID());
		var pseudonym = persons.insert(id);
		vault.jdbc()
			.sql("insert into identity.personal_data (person_id) values (:id)")
			.param("id", id.value())
			.update();
		return new PersonSummary(id, pseudonym);
	}

	private void link(PersonId person, ExternalIdentity identity) {
		vault.jdbc()
			.sql("""
					insert into identity.external_identity (issuer, subject, person_id, last_sign_in)
					values (:issuer, :subject, :id, now())""")
			.param("issuer", identity.issuer())
			.param("subject", identity.subject())
			.param("id", person.value())
			.update();
		log.log(person, person, "LINKED_E_IDENTIFICATION", identity.issuer());
	}

	private Optional<PersonSummary> linkedPerson(ExternalIdentity identity) {
		return vault.jdbc()
			.sql("""
					select p.id, p.pseudonym from identity.external_identity e join identity.person p on p.id = e.person_id
					where e.issuer = :issuer and e.subject = :subject""")
			.param("issuer", identity.issuer())
			.param("subject", identity.subject())
			.query((rs, row) -> new PersonSummary(new PersonId(rs.getObject("id", UUID.class)),
					rs.getString("pseudonym")))
			.optional();
	}

	private Optional<PersonSummary> personWithNationalId(@Nullable String nationalId) {
		if (nationalId == null || nationalId.isBlank()) {
			return Optional.empty();
		}
		return vault.jdbc()
			.sql("""
					select p.id, p.pseudonym from identity.personal_data d join identity.person p on p.id = d.person_id
					where d.national_id = :nationalId""")
			.param("nationalId", nationalId)
			.query((rs, row) -> new PersonSummary(new PersonId(rs.getObject("id", UUID.class)),
					rs.getString("pseudonym")))
			.optional();
	}

	private void touch(ExternalIdentity identity) {
		vault.jdbc()
			.sql("update identity.external_identity set last_sign_in = now() where issuer = :issuer and subject = :subject")
			.param("issuer", identity.issuer())
			.param("subject", identity.subject())
			.update();
	}

	private void updateFromIdentity(PersonId id, ExternalIdentity identity) {
		vault.jdbc()
			.sql("""
					update identity.personal_data set
					  given_name = coalesce(:given, given_name), family_name = coalesce(:family, family_name),
					  email = coalesce(:email, email), national_id = coalesce(:nationalId, national_id),
					  updated_at = now(), version = version + 1
					where person_id = :id""")
			.param("given", IdentityManagement.truncate(identity.givenName(), IdentityManagement.MAX_NAME))
			.param("family", IdentityManagement.truncate(identity.familyName(), IdentityManagement.MAX_NAME))
			.param("email", IdentityManagement.truncate(identity.email(), IdentityManagement.MAX_EMAIL))
			.param("nationalId", IdentityManagement.truncate(identity.nationalId(), 20))
			.param("id", id.value())
			.update();
	}

	/** The person behind an e-identification, and whether they were added just now. */
	record Resolved(PersonSummary summary, boolean created) {
	}

}
